// How many articles mention each entity or carry each quote (the node's degree, stored: an entity is only
// mentioned and a quote only carried), and how many quotes (direct or partial) each said (the count it
// keeps, migration 0015), for many nodes in one round-trip.
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { (n)<-[:MENTIONS|CONTAINS]-() } AS articleCount, coalesce(n.quoteCount, 0) AS quoteCount
