// One keyset page of policies, filtered (every filter is a parameter; null means "any") and sorted by
// $sort in the direction $descending. The cursor is the [key, id] of the last row seen.
MATCH (n:Policy)
WHERE ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains))
  AND ($kinds IS NULL OR n.kind IN $kinds)
  AND ($issuedBy IS NULL OR EXISTS { (n)-[:ISSUED_BY]->(:Node {id: $issuedBy}) })
WITH n,
  CASE $sort
    WHEN 'NAME' THEN toLower(n.name)
    WHEN 'DATE' THEN coalesce(n.date, '')
    WHEN 'ARTICLE_COUNT' THEN COUNT { (n)<-[:MENTIONS]-() }
    WHEN 'QUOTE_COUNT' THEN COUNT { (n)<-[:SAID_BY]-(q:Quote) WHERE q.kind <> 'indirect' }
    ELSE n.id
  END AS key
WHERE $afterKey IS NULL
   OR (NOT $descending AND (key > $afterKey OR (key = $afterKey AND n.id > $afterId)))
   OR ($descending AND (key < $afterKey OR (key = $afterKey AND n.id < $afterId)))
RETURN n {.*, articleCount: COUNT { (n)<-[:MENTIONS]-() },
  quoteCount: COUNT { (n)<-[:SAID_BY]-(q:Quote) WHERE q.kind <> 'indirect' }} AS node, key
ORDER BY
  CASE WHEN $descending THEN null ELSE key END ASC,
  CASE WHEN $descending THEN key END DESC,
  CASE WHEN $descending THEN null ELSE n.id END ASC,
  CASE WHEN $descending THEN n.id END DESC
LIMIT toInteger($limit)
