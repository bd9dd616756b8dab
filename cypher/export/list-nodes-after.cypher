// One page of the whole graph's nodes, in id order after $after: a keyset page is one seek on the id
// index however far the export has gone, so exporting every node costs the same per page throughout.
MATCH (n:Node)
WHERE n.id > $after
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
ORDER BY n.id
LIMIT toInteger($limit)
