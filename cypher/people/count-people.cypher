// How many people the same filters select, counted without collecting them.
MATCH (n:Person)
WHERE ($nameContains IS NULL OR toLower(n.aliasText) CONTAINS toLower($nameContains))
  AND ($organizationId IS NULL OR EXISTS { (n)-[:HOLDS_ROLE]->(:Organization {id: $organizationId}) })
  AND ($mentionedIn IS NULL OR EXISTS { (n)<-[:MENTIONS]-(:Article {id: $mentionedIn}) })
RETURN count(n) AS total
