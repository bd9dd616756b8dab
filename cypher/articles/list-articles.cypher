// One keyset page of articles. $sort picks the key and $descending the direction; the cursor is the
// [key, id] of the last row seen, so a page stays stable when articles are added before it.
MATCH (n:Article)
WHERE ($outlet IS NULL OR n.outlet = $outlet)
  AND ($publishedFrom IS NULL OR n.publishedAt >= date($publishedFrom))
  AND ($publishedTo IS NULL OR n.publishedAt <= date($publishedTo))
WITH n,
  CASE $sort
    WHEN 'TITLE' THEN toLower(n.title)
    WHEN 'PUBLISHED_AT' THEN coalesce(toString(n.publishedAt), '')
    ELSE coalesce(toString(n.ingestedAt), '')
  END AS key
WHERE $afterKey IS NULL
   OR (NOT $descending AND (key > $afterKey OR (key = $afterKey AND n.id > $afterId)))
   OR ($descending AND (key < $afterKey OR (key = $afterKey AND n.id < $afterId)))
RETURN n {
  .id, .title, .outlet, .url, .source, .author, .inferred, .extractorVersion,
  publishedAt: toString(n.publishedAt), ingestedAt: toString(n.ingestedAt)
} AS node, key
ORDER BY
  CASE WHEN $descending THEN null ELSE key END ASC,
  CASE WHEN $descending THEN key END DESC,
  CASE WHEN $descending THEN null ELSE n.id END ASC,
  CASE WHEN $descending THEN n.id END DESC
LIMIT toInteger($limit)
