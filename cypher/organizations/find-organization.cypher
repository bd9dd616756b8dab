// An organization by name, alias or acronym: exact (case-insensitive) first, then partial; the most
// mentioned wins ties.
MATCH (n:Organization)
WHERE toLower(n.aliasText) CONTAINS toLower($name)
WITH n, any(alias IN n.aliases WHERE toLower(alias) = toLower($name)) OR toLower(n.acronym) = toLower($name) AS exact,
  COUNT { (n)<-[:MENTIONS]-() } AS mentions
RETURN n {.*} AS node
ORDER BY exact DESC, mentions DESC, n.id
LIMIT 1
