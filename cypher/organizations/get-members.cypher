// People holding roles in each organization, one row per person and title.
UNWIND $ids AS id
MATCH (p:Person)-[r:HOLDS_ROLE]->(o:Organization {id: id})
WITH id, p, r ORDER BY r.articleId
WITH id, p, r.title AS title, collect(r)[0] AS first, any(x IN collect(r) WHERE NOT x.former) AS current
RETURN id, title, id AS organizationId, p.id AS personId, NOT current AS former,
  first {.articleId, .start, .end, .sentence, .confidence, .extractorVersion} AS evidence
ORDER BY id, p.name, title
