// How many organizations the same filters select, counted without collecting them.
MATCH (n:Organization)
WHERE ($nameContains IS NULL OR toLower(n.aliasText) CONTAINS toLower($nameContains))
  AND ($kinds IS NULL OR n.kind IN $kinds)
  AND ($partOf IS NULL OR EXISTS { (n)-[:PART_OF*1..4]->(:Organization {id: $partOf}) })
  AND ($mentionedIn IS NULL OR EXISTS { (n)<-[:MENTIONS]-(:Article {id: $mentionedIn}) })
RETURN count(n) AS total
