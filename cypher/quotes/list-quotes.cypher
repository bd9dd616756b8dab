// One keyset page of quotes, filtered (every filter is a parameter; null means "any") and sorted by
// $sort in the direction $descending. The cursor is the [key, id] of the last row seen.
MATCH (n:Quote)
WHERE ($kinds IS NULL OR n.kind IN $kinds)
  AND ($textContains IS NULL OR toLower(n.text) CONTAINS toLower($textContains))
  AND ($speaker IS NULL
       OR ($speakerScope <> 'ANONYMOUS' AND EXISTS { (n)-[:SAID_BY]->(:Node {id: $speaker}) })
       OR ($speakerScope <> 'OFFICIAL' AND EXISTS { (n)-[:SAID_BY]->(:AnonymousSource)-[:SPEAKS_FOR]->(:Node {id: $speaker}) }))
  AND ($article IS NULL OR EXISTS { (n)<-[:CONTAINS]-(:Article {id: $article}) })
  AND ($subject IS NULL OR EXISTS { (n)<-[c:CONTAINS]-(:Article) WHERE toLower(c.sentence) CONTAINS toLower($subject) })
  AND ($publishedFrom IS NULL OR EXISTS { (n)<-[:CONTAINS]-(a:Article) WHERE a.publishedAt >= date($publishedFrom) })
  AND ($publishedTo IS NULL OR EXISTS { (n)<-[:CONTAINS]-(a:Article) WHERE a.publishedAt <= date($publishedTo) })
WITH n,
  CASE $sort
    WHEN 'TEXT' THEN toLower(n.text)
    WHEN 'PUBLISHED_AT' THEN COLLECT { MATCH (n)<-[:CONTAINS]-(a:Article) RETURN coalesce(toString(a.publishedAt), '') ORDER BY 1 LIMIT 1 }[0]
    ELSE n.id
  END AS key
// include: paging/keyset-after
RETURN n {.*} AS node, key
// include: paging/keyset-order
LIMIT toInteger($limit)
