// Roles held by each person in organizations, one row per role and organization: its evidence from the
// earliest article that states it, former unless one states it as held now. A person keeps the keys of
// its roles, and each key leads to its statements through an index (migration 0016): a role stated by
// thousands of articles costs two seeks, not thousands of reads.
UNWIND $ids AS id
MATCH (p:Person {id: id})
UNWIND coalesce(p.roleKeys, []) AS roleKey
CALL (roleKey) {
  // Ordered by both of the index's keys, the index gives the order and the seek stops at one row (by
  // articleId alone the planner reads them all and sorts).
  MATCH ()-[r:HOLDS_ROLE]->(o) WHERE r.roleKey = roleKey AND r.articleId IS NOT NULL
  RETURN r AS first, o ORDER BY r.roleKey, r.articleId LIMIT 1
}
RETURN id, first.title AS title, o.id AS organizationId, id AS personId,
  NOT EXISTS { MATCH ()-[r:HOLDS_ROLE]->() WHERE r.roleKey = roleKey AND r.former = false } AS former,
  first {.articleId, .start, .end, .sentence, .confidence, .extractorVersion} AS evidence
ORDER BY id, title, organizationId
