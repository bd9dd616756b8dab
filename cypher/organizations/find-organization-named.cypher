// An organization whose name or acronym is exactly $name: index seeks, tried before the alias scan of
// find-organization.
MATCH (n:Organization)
WHERE n.name = $name OR n.acronym = $name
RETURN n {.*} AS node
ORDER BY COUNT { (n)<-[:MENTIONS]-() } DESC, n.id
LIMIT 1
