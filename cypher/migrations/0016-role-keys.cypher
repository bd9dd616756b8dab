// A person's roles were read one statement at a time, and an organization's people too: every article
// that states a role adds its own HOLDS_ROLE, and the most quoted person of a 100,000-article graph held
// one role 17,729 times (70,924 db hits for a list of one). Each statement now carries `roleKey`
// ("<person id>|<organization id>|<title>") and each person the list of its keys, `roleKeys`; one
// statement of each role, its lead, carries `memberKey` ("<organization id>|<person id>|<title>"). All
// are kept by ingest (write-article-graph), deletes (delete-article-facts) and merges (merge-entities).
// A person's roles are then a few index seeks each (people/get-roles), and a page of an organization's
// people a run of its member keys' index (organizations/list-members), whatever the statements' count.
MATCH (p:Person)
WHERE p.roleKeys IS NULL AND EXISTS { (p)-[:HOLDS_ROLE]->() }
CALL (p) {
  MATCH (p)-[r:HOLDS_ROLE]->(o)
  SET r.roleKey = p.id + '|' + o.id + '|' + r.title
  WITH p, o, r.title AS title, r.roleKey AS roleKey, collect(r)[0] AS lead
  SET lead.memberKey = o.id + '|' + p.id + '|' + title
  WITH p, collect(roleKey) AS roleKeys
  SET p.roleKeys = roleKeys
} IN TRANSACTIONS OF 100 ROWS;
CREATE INDEX holds_role_key_article IF NOT EXISTS FOR ()-[r:HOLDS_ROLE]-() ON (r.roleKey, r.articleId);
CREATE INDEX holds_role_key_former IF NOT EXISTS FOR ()-[r:HOLDS_ROLE]-() ON (r.roleKey, r.former);
CREATE INDEX holds_role_member IF NOT EXISTS FOR ()-[r:HOLDS_ROLE]-() ON (r.memberKey);
