// The figures that disagree with each given figure: the same comparison key (what is counted, in what
// unit, over what period: `comparisonKey` in loaders/write/statistic-identity.ts holds that rule), the
// same place or both none, and claimed ranges that do not meet (`claimedRange`: "more than 100,000" and
// "113,000" can both be true). The key is indexed (migration 0009), so each figure reads its few
// namesakes, not every stored figure; a figure without a key disagrees with none.
UNWIND $ids AS id
MATCH (s:Statistic {id: id})
WHERE s.comparisonKey IS NOT NULL
OPTIONAL MATCH (s)-[:ABOUT_PLACE]->(place:Place)
MATCH (other:Statistic {comparisonKey: s.comparisonKey})
WHERE other.id <> s.id
  AND (other.claimed[1] < s.claimed[0] OR s.claimed[1] < other.claimed[0])
  AND ((place IS NULL AND NOT (other)-[:ABOUT_PLACE]->()) OR (other)-[:ABOUT_PLACE]->(place))
RETURN id, other {.*} AS node
ORDER BY id, other.value
