// A role from its key, `roleKey` (migration 0016): its earliest statement (`first`, whose words are its
// evidence) and organization (`o`), and `former` unless a statement says it is held now. One index seek
// each, whether one article states the role or 17,000 do.
CALL (roleKey) {
  // Ordered by both of the index's keys, the index gives the order and the seek stops at one row (by
  // articleId alone the planner reads them all and sorts).
  MATCH ()-[r:HOLDS_ROLE]->(o) WHERE r.roleKey = roleKey AND r.articleId IS NOT NULL
  RETURN r AS first, o ORDER BY r.roleKey, r.articleId LIMIT 1
}
WITH *, NOT EXISTS { MATCH ()-[held:HOLDS_ROLE]->() WHERE held.roleKey = roleKey AND held.former = false } AS former
