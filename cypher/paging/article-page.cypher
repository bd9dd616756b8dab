// One keyset page of articles read off the index of {{sortKey}} in order: no article past the page is
// read, however long the list. The cursor is the [key, id] of the last row seen (the id breaks ties),
// compared as a list: written as an OR, the planner splits it into two unordered seeks. Each branch runs
// only for its direction and page, chosen by parameters alone. {{cursor}} is the cursor's key as stored,
// {{first}} a key no article's is below.
CALL () {
  // Ascending, from the start or after the cursor.
  WITH 1 AS _ WHERE NOT $descending
  MATCH (n:Article)
  WHERE {{sortKey}} >= coalesce({{cursor}}, {{first}}) AND ($afterKey IS NULL OR [{{sortKey}}, n.id] > [{{cursor}}, $afterId])
    AND ($outlet IS NULL OR n.outlet = $outlet)
    AND ($publishedFrom IS NULL OR n.publishedAt >= date($publishedFrom))
    AND ($publishedTo IS NULL OR n.publishedAt <= date($publishedTo))
  RETURN n ORDER BY {{sortKey}}, n.id LIMIT toInteger($limit)
  UNION
  // Descending, first page: from the index's end.
  WITH 1 AS _ WHERE $descending AND $afterKey IS NULL
  MATCH (n:Article)
  WHERE {{sortKey}} IS NOT NULL
    AND ($outlet IS NULL OR n.outlet = $outlet)
    AND ($publishedFrom IS NULL OR n.publishedAt >= date($publishedFrom))
    AND ($publishedTo IS NULL OR n.publishedAt <= date($publishedTo))
  RETURN n ORDER BY {{sortKey}} DESC, n.id DESC LIMIT toInteger($limit)
  UNION
  // Descending, after the cursor.
  WITH 1 AS _ WHERE $descending AND $afterKey IS NOT NULL
  MATCH (n:Article)
  WHERE {{sortKey}} <= {{cursor}} AND [{{sortKey}}, n.id] < [{{cursor}}, $afterId]
    AND ($outlet IS NULL OR n.outlet = $outlet)
    AND ($publishedFrom IS NULL OR n.publishedAt >= date($publishedFrom))
    AND ($publishedTo IS NULL OR n.publishedAt <= date($publishedTo))
  RETURN n ORDER BY {{sortKey}} DESC, n.id DESC LIMIT toInteger($limit)
}
WITH n, {{key}} AS key
RETURN n {
  .id, .title, .outlet, .url, .source, .author, .inferred, .extractorVersion,
  publishedAt: toString(n.publishedAt), ingestedAt: toString(n.ingestedAt)
} AS node, key
// include: paging/keyset-order
