// The ids one hop from a set of nodes, either direction: a neighbourhood export grows by one ring each call.
UNWIND $ids AS wanted
MATCH (:Node {id: wanted})--(n:Node)
RETURN DISTINCT n.id AS id
