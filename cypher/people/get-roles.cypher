// Roles held by each person in organizations, one row per role and organization. A person keeps the keys
// of its roles (migration 0016), so its roles cost a few seeks each, not a read of every article stating
// them.
UNWIND $ids AS id
MATCH (p:Person {id: id})
UNWIND coalesce(p.roleKeys, []) AS roleKey
// include: roles/role-by-key
RETURN id, first.title AS title, o.id AS organizationId, id AS personId, former,
  first {.articleId, .start, .end, .sentence, .confidence, .extractorVersion} AS evidence
ORDER BY id, title, organizationId
