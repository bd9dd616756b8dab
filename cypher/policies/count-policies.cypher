// How many policies the same filters select, counted without collecting them.
MATCH (n:Policy)
WHERE ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains))
  AND ($kinds IS NULL OR n.kind IN $kinds)
  AND ($issuedBy IS NULL OR EXISTS { (n)-[:ISSUED_BY]->(:Node {id: $issuedBy}) })
RETURN count(n) AS total
