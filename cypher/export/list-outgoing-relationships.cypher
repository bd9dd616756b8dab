// The relationships leaving one page of nodes, to other nodes of the graph (never to the bookkeeping
// nodes, Redirect and Migration). Each relationship leaves exactly one node, so paging by the start node
// exports each once.
UNWIND $ids AS start
MATCH (a:Node {id: start})-[r]->(b:Node)
RETURN a.id AS from, b.id AS to, type(r) AS type, properties(r) AS properties
