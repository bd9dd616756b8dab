// One keyset page of an organization's people, one row per person and title, in the order of the
// roles' member keys ("<organization id>|<person id>|<title>"). One statement of each role carries its
// member key (the role's lead, kept by ingest, deletes and merges; migration 0016), so a page is read off
// that key's index in order and stops: ten of the Department of Justice's people cost ten seeks, not a
// read of its 30,000 role statements. $from and $to bound the organization's keys: its id followed by
// '|', and by '}', the next character.
CALL () {
  WITH 1 AS _ WHERE NOT $descending
  MATCH (p)-[lead:HOLDS_ROLE]->()
  WHERE coalesce($afterKey, $from) < lead.memberKey < $to
  RETURN lead, p ORDER BY lead.memberKey LIMIT toInteger($limit)
  UNION
  WITH 1 AS _ WHERE $descending
  MATCH (p)-[lead:HOLDS_ROLE]->()
  WHERE $from < lead.memberKey < coalesce($afterKey, $to)
  RETURN lead, p ORDER BY lead.memberKey DESC LIMIT toInteger($limit)
}
WITH lead.memberKey AS key, lead.roleKey AS roleKey, p
// include: roles/role-by-key
RETURN key, p {.id} AS node, first.title AS title, o.id AS organizationId, p.id AS personId, former,
  first {.articleId, .start, .end, .sentence, .confidence, .extractorVersion} AS evidence
ORDER BY CASE WHEN $descending THEN null ELSE key END ASC, CASE WHEN $descending THEN key END DESC
