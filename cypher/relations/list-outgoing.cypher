// One keyset page of the nodes linked to each parent by `(parent)-[:$($type)]->(n:$($label))`, for many parents in one
// round-trip (DataLoader batches). $type and $label come from the API's fixed relation table, never from
// input. $kinds optionally filters on the linked node's kind.
UNWIND $parentIds AS parentId
MATCH (parent:Node {id: parentId})
CALL (parent) {
  MATCH (parent)-[:$($type)]->(n:$($label))
  WHERE $kinds IS NULL OR n.kind IN $kinds
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
