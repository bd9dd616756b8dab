// The figures that disagree with each given figure: the same comparison key (what is counted, in what
// unit, over what period: `comparisonKey` in loaders/write/statistic-identity.ts holds that rule), the
// same place or both none, and another value or range. The key is indexed (migration 0009), so each
// figure reads its few namesakes, not every stored figure; a figure without a key disagrees with none.
UNWIND $ids AS id
MATCH (s:Statistic {id: id})
WHERE s.comparisonKey IS NOT NULL
OPTIONAL MATCH (s)-[:ABOUT_PLACE]->(place:Place)
MATCH (other:Statistic {comparisonKey: s.comparisonKey})
WHERE other.id <> s.id
  AND NOT (other.value = s.value AND coalesce(other.valueHigh, other.value) = coalesce(s.valueHigh, s.value))
  AND ((place IS NULL AND NOT (other)-[:ABOUT_PLACE]->()) OR (other)-[:ABOUT_PLACE]->(place))
RETURN id, other {.*} AS node
ORDER BY id, other.value
