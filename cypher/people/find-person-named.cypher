// A person whose full name is exactly $name: one index seek, tried before the alias scan of find-person.
MATCH (n:Person {name: $name})
RETURN n {.*} AS node
ORDER BY COUNT { (n)<-[:MENTIONS]-() } DESC, n.id
LIMIT 1
