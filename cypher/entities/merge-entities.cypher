// Folds one entity into another of the same kind: every relationship moves over (facts keep their
// article), names become aliases, and a redirect makes later loads write to the kept entity.
MATCH (keep:Node {id: $keepId}), (gone:Node {id: $mergeId})
WHERE keep <> gone
CALL (keep, gone) {
  MATCH (gone)-[r]->(other) WHERE other <> keep
  CALL (keep, r, other) {
    WITH keep, r, other WHERE r.articleId IS NULL
    MERGE (keep)-[moved:$(type(r))]->(other)
    SET moved += properties(r)
  }
  CALL (keep, r, other) {
    WITH keep, r, other WHERE r.articleId IS NOT NULL
    CREATE (keep)-[moved:$(type(r))]->(other)
    SET moved = properties(r)
  }
}
CALL (keep, gone) {
  MATCH (gone)<-[r]-(other) WHERE other <> keep
  CALL (keep, r, other) {
    WITH keep, r, other WHERE r.articleId IS NULL
    MERGE (keep)<-[moved:$(type(r))]-(other)
    SET moved += properties(r)
  }
  CALL (keep, r, other) {
    WITH keep, r, other WHERE r.articleId IS NOT NULL
    CREATE (keep)<-[moved:$(type(r))]-(other)
    SET moved = properties(r)
  }
}
// Roles moved to the kept person or organization are keyed by its id, in the statements and in their
// people's lists, and each keeps one lead, which may be one the kept entity had already (migration 0016).
CALL (keep) {
  MATCH (keep)-[r:HOLDS_ROLE]-()
  WITH r, startNode(r) AS person, endNode(r) AS organization, r.roleKey AS moved,
    startNode(r).id + '|' + endNode(r).id + '|' + r.title AS roleKey
  WHERE moved <> roleKey
  SET r.roleKey = roleKey
  REMOVE r.memberKey
  WITH DISTINCT person, organization, moved, roleKey, organization.id + '|' + person.id + '|' + r.title AS memberKey
  SET person.roleKeys = [key IN coalesce(person.roleKeys, []) WHERE NOT key IN [moved, roleKey]] + roleKey
  WITH DISTINCT roleKey, memberKey
  WHERE NOT EXISTS { MATCH ()-[lead:HOLDS_ROLE]->() WHERE lead.memberKey = memberKey }
  CALL (roleKey, memberKey) {
    MATCH ()-[r:HOLDS_ROLE]->() WHERE r.roleKey = roleKey
    WITH r LIMIT 1
    SET r.memberKey = memberKey
  }
}
// Figures about a place merged away are ordered under the place kept (migration 0013), and the words of
// a speaker merged away under the speaker kept (migration 0014), which counts them too (migration 0015).
CALL (keep, gone) {
  MATCH (s:Statistic {placeId: gone.id})
  SET s.placeId = keep.id
}
CALL (keep, gone) {
  MATCH (q:Quote) WHERE q.speakerKey IN [gone.id + '|quote', gone.id + '|claim']
  SET q.speakerKey = keep.id + substring(q.speakerKey, size(gone.id))
}
CALL (keep, gone) {
  WITH keep, gone WHERE gone.quoteCount IS NOT NULL
  SET keep.quoteCount = coalesce(keep.quoteCount, 0) + gone.quoteCount,
      keep.claimCount = coalesce(keep.claimCount, 0) + gone.claimCount
}
SET keep.aliases = reduce(acc = coalesce(keep.aliases, []), x IN [gone.name] + coalesce(gone.aliases, []) | CASE WHEN x IS NULL OR x IN acc THEN acc ELSE acc + x END)
SET keep.aliasText = reduce(s = '', x IN keep.aliases | s + ' ' + x)
WITH keep, gone
CALL (keep, gone) {
  MATCH (earlier:Redirect {to: gone.id})
  SET earlier.to = keep.id
}
MERGE (redirect:Redirect {id: gone.id})
SET redirect.to = keep.id
WITH keep, gone
DETACH DELETE gone
RETURN keep.id AS id
