// A person by name: an exact name or alias first (case-insensitive), then a partial match; the most
// mentioned person wins ties.
MATCH (n:Person)
WHERE toLower(n.aliasText) CONTAINS toLower($name)
WITH n, any(alias IN n.aliases WHERE toLower(alias) = toLower($name)) AS exact, COUNT { (n)<-[:MENTIONS]-() } AS mentions
RETURN n {.*} AS node
ORDER BY exact DESC, mentions DESC, n.id
LIMIT 1
