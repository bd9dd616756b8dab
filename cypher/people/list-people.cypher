// One keyset page of people, filtered (every filter is a parameter; null means "any") and sorted by
// $sort in the direction $descending. The cursor is the [key, id] of the last row seen.
MATCH (n:Person)
WHERE ($nameContains IS NULL OR toLower(n.aliasText) CONTAINS toLower($nameContains))
  AND ($organizationId IS NULL OR EXISTS { (n)-[:HOLDS_ROLE]->(:Organization {id: $organizationId}) })
  AND ($mentionedIn IS NULL OR EXISTS { (n)<-[:MENTIONS]-(:Article {id: $mentionedIn}) })
WITH n,
  CASE $sort
    WHEN 'NAME' THEN toLower(n.name)
    WHEN 'ARTICLE_COUNT' THEN COUNT { (n)<-[:MENTIONS]-() }
    WHEN 'QUOTE_COUNT' THEN coalesce(n.quoteCount, 0)
    ELSE n.id
  END AS key
// include: paging/keyset-after
// include: paging/entity-row
LIMIT toInteger($limit)
