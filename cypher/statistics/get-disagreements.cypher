// Figures that measure the same thing (at least half the words of the shorter measure shared), for the
// same period and place, with a different value: the claims that disagree with each given figure.
UNWIND $ids AS id
MATCH (s:Statistic {id: id})
OPTIONAL MATCH (s)-[:ABOUT_PLACE]->(place:Place)
MATCH (other:Statistic)
WHERE other.id <> s.id
  AND coalesce(other.periodStart, other.period) = coalesce(s.periodStart, s.period)
  AND other.value <> s.value
  AND size([w IN other.measureWords WHERE w IN s.measureWords]) * 2 >= CASE WHEN size(other.measureWords) < size(s.measureWords) THEN size(other.measureWords) ELSE size(s.measureWords) END
  AND size([w IN other.measureWords WHERE w IN s.measureWords]) > 0
  AND ((place IS NULL AND NOT (other)-[:ABOUT_PLACE]->()) OR (other)-[:ABOUT_PLACE]->(place))
RETURN id, other {.*} AS node
ORDER BY id, other.value
