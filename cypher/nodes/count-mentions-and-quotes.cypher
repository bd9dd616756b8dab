// How many articles mention each node, and how many quotes (direct or partial) each said, for many nodes
// in one round-trip. Asked only when a client selects articleCount or quoteCount: counting a much-quoted
// speaker's quotes reads every one of them.
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { (n)<-[:MENTIONS]-() } AS articleCount,
  COUNT { (n)<-[:SAID_BY]-(q:Quote) WHERE q.kind <> 'indirect' } AS quoteCount
