// Removes what the given articles contributed: their mentions, contained quotes and figures, and the
// facts on relationships that name them. Returns what may now be left without evidence, for pruning.
UNWIND $articleIds AS articleId
MATCH (a:Article {id: articleId})
OPTIONAL MATCH (a)-[:MENTIONS]->(mentioned:Node)
OPTIONAL MATCH (a)-[:CONTAINS]->(fact)
OPTIONAL MATCH (fact)-[:SAID_BY|ATTRIBUTED_TO]->(speaker:Node)
WITH a, articleId, collect(DISTINCT mentioned.id) + collect(DISTINCT speaker.id) AS entityIds, collect(DISTINCT fact.id) AS factIds
CALL (articleId) {
  MATCH (holder)-[r:HOLDS_ROLE|ISSUED_BY|ATTRIBUTED_TO]->() WHERE r.articleId = articleId
  WITH holder, r, r.roleKey AS roleKey
  DELETE r
  // A role no other article states leaves its person's list of roles (migration 0016).
  WITH holder, roleKey
  WHERE roleKey IS NOT NULL AND NOT EXISTS { MATCH ()-[other:HOLDS_ROLE]->() WHERE other.roleKey = roleKey }
  SET holder.roleKeys = [key IN holder.roleKeys WHERE key <> roleKey]
}
CALL (a) {
  MATCH (a)-[r:MENTIONS|CONTAINS]->()
  DELETE r
}
RETURN entityIds, factIds
