// Only the rows after the cursor's [key, id] in the list's direction (every row on the first page).
WHERE $afterKey IS NULL
   OR (NOT $descending AND (key > $afterKey OR (key = $afterKey AND n.id > $afterId)))
   OR ($descending AND (key < $afterKey OR (key = $afterKey AND n.id < $afterId)))
