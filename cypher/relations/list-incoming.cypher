// One keyset page of the nodes linked to each parent by `(parent)<-[:$type]-(n)` (every n a $label), for many parents in one
// round-trip (DataLoader batches). $type and $label come from the API's fixed relation table, never from
// input. $kinds optionally filters on the linked node's kind.
UNWIND $parentIds AS parentId
MATCH (parent:Node {id: parentId})
CALL (parent) {
  // One branch per type of the API's relation table (resolvers/relations/relations.ts), guarded by $type: with a
  // literal type Neo4j reads only that type's relationships of a much-linked node, where `[:$($type)]`
  // reads every relationship and filters (a much-quoted official's thousands of mentions, for ten quotes).
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
  WITH collect(DISTINCT n) AS members
  // Every member is read to sort it anyway, so the list's size comes free: totalCount needs no count.
  UNWIND members AS n
  WITH n, size(members) AS total,
    CASE $sort
      WHEN 'NAME' THEN toLower(coalesce(n.name, n.title, n.text, n.description, ''))
      WHEN 'PUBLISHED_AT' THEN coalesce(toString(n.publishedAt), '')
      WHEN 'VALUE' THEN coalesce(toFloat(n.value), -1.0)
      WHEN 'ARTICLE_COUNT' THEN COUNT { (n)<-[:MENTIONS]-() }
      WHEN 'QUOTE_COUNT' THEN COUNT { (n)<-[:SAID_BY]-(:Quote) }
      ELSE n.id
    END AS key
  // include: paging/keyset-after
  RETURN n, key, total
  // include: paging/keyset-order
  LIMIT toInteger($limit)
}
RETURN parentId, key, total, [label IN labels(n) WHERE label <> 'Node'][0] AS label,
  CASE WHEN n:Article
    THEN n {.id, .title, .outlet, .url, .source, .author, .inferred,
            publishedAt: toString(n.publishedAt), ingestedAt: toString(n.ingestedAt)}
    ELSE n {.*}
  END AS node
