// How many articles mention each node (the node's degree, stored), and how many quotes (direct or partial)
// each said (the count it keeps, migration 0015), for many nodes in one round-trip.
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { (n)<-[:MENTIONS]-() } AS articleCount, coalesce(n.quoteCount, 0) AS quoteCount
