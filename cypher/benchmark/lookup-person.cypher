// Lookup by name: the floor is one index seek on the exact name.
MATCH (p:Person {name: $name})
RETURN p {.id, .name, .aliases, .titles} AS person
LIMIT 1
