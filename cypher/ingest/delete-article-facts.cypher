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
  WITH holder, r, r.roleKey AS roleKey, r.memberKey AS memberKey
  DELETE r
  // A role another article states gets a new lead when its lead went; one no other article states leaves
  // its person's list of roles (migration 0016).
  WITH holder, roleKey, memberKey WHERE roleKey IS NOT NULL
  OPTIONAL CALL (roleKey) {
    MATCH ()-[other:HOLDS_ROLE]->() WHERE other.roleKey = roleKey
    RETURN other LIMIT 1
  }
  FOREACH (_ IN CASE WHEN other IS NOT NULL AND memberKey IS NOT NULL THEN [1] ELSE [] END |
    SET other.memberKey = memberKey)
  FOREACH (_ IN CASE WHEN other IS NULL THEN [1] ELSE [] END |
    SET holder.roleKeys = [key IN holder.roleKeys WHERE key <> roleKey])
}
CALL (a) {
  MATCH (a)-[r:MENTIONS|CONTAINS]->()
  DELETE r
}
RETURN entityIds, factIds
