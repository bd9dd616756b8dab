// The nodes within two hops of one node, 50 at most, with a display label each.
MATCH (center:Node {id: $id})
CALL (center) {
  MATCH (center)--(n:Node)
  RETURN n
  UNION
  MATCH (center)--(:Node)--(n:Node)
  WHERE n <> center
  RETURN n
}
WITH center, n LIMIT 49
WITH center, collect(n) AS around
RETURN [x IN [center] + around | {id: x.id, label: coalesce(x.name, x.title, x.description, x.text)}] AS nodes
