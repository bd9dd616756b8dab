// How many places the same filters select, counted without collecting them.
MATCH (n:Place)
WHERE ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains))
  AND ($kinds IS NULL OR n.kind IN $kinds)
RETURN count(n) AS total
