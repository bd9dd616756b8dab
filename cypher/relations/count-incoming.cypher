// Size of each parent's list for `(parent)<-[:$type]-(n)` (every n a $label), counted without collecting the nodes.
UNWIND $parentIds AS parentId
MATCH (parent:Node {id: parentId})
CALL (parent) {
  // A branch per relationship type, for the reason given in list-incoming.cypher. A node linked by
  // several per-article facts (a policy's issuer) counts once, as on the list's pages.
  CALL (parent) {
    WITH parent WHERE $type = 'SAID_BY' MATCH (parent)<-[:SAID_BY]-(n) RETURN n
    UNION ALL
    WITH parent WHERE $type = 'ATTRIBUTED_TO' MATCH (parent)<-[:ATTRIBUTED_TO]-(n) RETURN n
    UNION ALL
    WITH parent WHERE $type = 'ISSUED_BY' MATCH (parent)<-[:ISSUED_BY]-(n) RETURN n
    UNION ALL
    WITH parent WHERE $type = 'MENTIONS' MATCH (parent)<-[:MENTIONS]-(n) RETURN n
    UNION ALL
    WITH parent WHERE $type = 'ABOUT_PLACE' MATCH (parent)<-[:ABOUT_PLACE]-(n) RETURN n
    UNION ALL
    WITH parent WHERE $type = 'PART_OF' MATCH (parent)<-[:PART_OF]-(n) RETURN n
    UNION ALL
    WITH parent WHERE $type = 'SPEAKS_FOR' MATCH (parent)<-[:SPEAKS_FOR]-(n) RETURN n
    UNION ALL
    WITH parent WHERE $type = 'CONTAINS' MATCH (parent)<-[:CONTAINS]-(n) RETURN n
  }
  // Each incoming type of the table starts at one label only (test/integration/relation-labels.test.ts),
  // so $label needs no check: a db hit saved for every node of a much-quoted official's list.
  WITH n WHERE $kinds IS NULL OR n.kind IN $kinds
  RETURN count(DISTINCT n) AS total
}
RETURN parentId, total
