// Stored figures with the same values as the incoming ones: the claims an article may be citing again.
// In id order, so when several match, the one reused does not depend on storage order.
UNWIND $values AS value
MATCH (s:Statistic {value: value})
OPTIONAL MATCH (s)-[:ABOUT_PLACE]->(place:Place)
RETURN s.id AS id, s.value AS value, s.valueHigh AS valueHigh, s.unit AS unit, s.periodStart AS periodStart,
       place.id AS placeId, s.measureWords AS measureWords
ORDER BY s.id
