// A person's roles were read one statement at a time: every article that states a role adds its own
// HOLDS_ROLE, and the most quoted person of a 100,000-article graph held one role 17,729 times (70,924 db
// hits for a list of one). Each statement now carries `roleKey` ("<person id>|<organization id>|<title>")
// and each person the list of its keys, `roleKeys`, both kept by ingest (write-article-graph), deletes
// (delete-article-facts) and merges (merge-entities). A role's earliest statement, and whether any
// states it as held now, are then one index seek each (people/get-roles), whatever the count.
MATCH (p:Person)-[r:HOLDS_ROLE]->(o:Organization)
WHERE r.roleKey IS NULL
CALL (p, r, o) {
  SET r.roleKey = p.id + '|' + o.id + '|' + r.title
} IN TRANSACTIONS OF 10000 ROWS;
MATCH (p:Person)
WHERE p.roleKeys IS NULL AND EXISTS { (p)-[:HOLDS_ROLE]->() }
CALL (p) {
  SET p.roleKeys = COLLECT { MATCH (p)-[r:HOLDS_ROLE]->() RETURN DISTINCT r.roleKey }
} IN TRANSACTIONS OF 1000 ROWS;
CREATE INDEX holds_role_key_article IF NOT EXISTS FOR ()-[r:HOLDS_ROLE]-() ON (r.roleKey, r.articleId);
CREATE INDEX holds_role_key_former IF NOT EXISTS FOR ()-[r:HOLDS_ROLE]-() ON (r.roleKey, r.former);
