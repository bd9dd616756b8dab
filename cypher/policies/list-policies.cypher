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
    WHEN 'QUOTE_COUNT' THEN coalesce(n.quoteCount, 0)
    ELSE n.id
  END AS key
// include: paging/keyset-after
// include: paging/entity-row
LIMIT toInteger($limit)
