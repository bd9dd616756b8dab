// Roles held by each person in organizations, one row per role and organization (evidence from the
// earliest article that states it).
UNWIND $ids AS id
MATCH (p:Person {id: id})-[r:HOLDS_ROLE]->(o:Organization)
WITH id, o, r ORDER BY r.articleId
WITH id, o, r.title AS title, collect(r)[0] AS first, any(x IN collect(r) WHERE NOT x.former) AS current
RETURN id, title, o.id AS organizationId, id AS personId, NOT current AS former,
  first {.articleId, .start, .end, .sentence, .confidence, .extractorVersion} AS evidence
ORDER BY id, title
