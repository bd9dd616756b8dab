// The list's order, by key then id, ascending or descending as $descending says.
ORDER BY
  CASE WHEN $descending THEN null ELSE key END ASC,
  CASE WHEN $descending THEN key END DESC,
  CASE WHEN $descending THEN null ELSE n.id END ASC,
  CASE WHEN $descending THEN n.id END DESC
