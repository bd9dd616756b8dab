// Stored figures that may be the same claim as an incoming one: the same value and range, a compatible
// period and a measure word in common. Unit and place are compared in code (statistic-identity.ts owns the
// rules); filtering here keeps the rows few however many stored figures share a common value like 20.
// In id order, so when several match, the one reused does not depend on storage order.
UNWIND $statistics AS incoming
MATCH (s:Statistic {value: incoming.value})
WHERE (s.valueHigh = incoming.valueHigh OR (s.valueHigh IS NULL AND incoming.valueHigh IS NULL))
  AND (s.periodStart IS NULL OR incoming.periodStart IS NULL OR s.periodStart = incoming.periodStart)
  AND any(word IN s.measureWords WHERE word IN incoming.measureWords)
WITH DISTINCT s
OPTIONAL MATCH (s)-[:ABOUT_PLACE]->(place:Place)
RETURN s.id AS id, s.value AS value, s.valueHigh AS valueHigh, s.unit AS unit, s.periodStart AS periodStart,
       place.id AS placeId, s.measureWords AS measureWords
ORDER BY s.id
