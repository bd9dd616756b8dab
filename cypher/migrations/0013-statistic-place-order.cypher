// A place's figures, smallest first, were read in full and sorted on every request: a state named in
// thousands of articles has thousands of figures, for a page of twenty. Figures now carry the id of
// their place (`placeId`, kept by ingest and by merges of places) and their sort key by value
// (`valueKey`: a vague amount, with no value, sorts first as in the list statement), and an index holds
// them in that order, so a page reads its rows and stops (statistics/list-statistics-about-place).
MATCH (s:Statistic)
WHERE s.valueKey IS NULL
CALL (s) {
  OPTIONAL MATCH (s)-[:ABOUT_PLACE]->(place:Place)
  WITH s, place ORDER BY place.id LIMIT 1
  SET s.valueKey = coalesce(toFloat(s.value), -1.0), s.placeId = place.id
} IN TRANSACTIONS OF 10000 ROWS;
CREATE INDEX statistic_place_value IF NOT EXISTS FOR (n:Statistic) ON (n.placeId, n.valueKey, n.id);
