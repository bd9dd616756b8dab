// People a name may mean, for `person(name:)`: those with the name as an exact name or alias
// (case-insensitive) first, then those whose names contain it; the most mentioned first. The resolver
// answers with the one exact match, or the one partial match, and lists the candidates otherwise.
MATCH (n:Person)
WHERE toLower(n.aliasText) CONTAINS toLower($name)
WITH n, any(alias IN n.aliases + [n.name] WHERE toLower(alias) = toLower($name)) AS exact, COUNT { (n)<-[:MENTIONS]-() } AS mentions
RETURN n {.*} AS node, exact
ORDER BY exact DESC, mentions DESC, n.id
LIMIT toInteger($limit)
