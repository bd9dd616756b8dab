// Stored figures that may be the claims an article cites again. A common value is shared by hundreds of
// stored figures, so they are narrowed here by what isSameClaim requires of any match (the same value and
// range, a measure word in common, periods and places that do not differ), and only those are returned:
// isSameClaim itself decides. In id order, so when several match, the one reused does not depend on
// storage order.
UNWIND $claims AS claim
MATCH (s:Statistic {value: claim.value})
WHERE (s.valueHigh = claim.valueHigh OR (s.valueHigh IS NULL AND claim.valueHigh IS NULL))
  AND (s.periodStart IS NULL OR claim.periodStart IS NULL OR s.periodStart = claim.periodStart)
  AND any(word IN s.measureWords WHERE word IN claim.measureWords)
OPTIONAL MATCH (s)-[:ABOUT_PLACE]->(place:Place)
WITH s, place, claim
WHERE place IS NULL OR claim.placeId IS NULL OR place.id = claim.placeId
WITH DISTINCT s, place
RETURN s.id AS id, s.value AS value, s.valueHigh AS valueHigh, s.unit AS unit, s.periodStart AS periodStart,
       place.id AS placeId, s.measureWords AS measureWords
ORDER BY s.id
