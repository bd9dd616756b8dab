// One keyset page of articles by title (case-folded), read off the `article_title_key` index in order:
// no article past the page is read, however long the list. The cursor is the [key, id] of the last row
// seen (the id breaks ties), compared as a list: written as an OR, the planner splits it into two
// unordered seeks. Each branch runs only for its direction and page, chosen by parameters alone.
CALL () {
  // Ascending, from the start or after the cursor: every key is >= ''.
  WITH 1 AS _ WHERE NOT $descending
  MATCH (n:Article)
  WHERE n.titleKey >= coalesce($afterKey, '') AND ($afterKey IS NULL OR [n.titleKey, n.id] > [$afterKey, $afterId])
    AND ($outlet IS NULL OR n.outlet = $outlet)
    AND ($publishedFrom IS NULL OR n.publishedAt >= date($publishedFrom))
    AND ($publishedTo IS NULL OR n.publishedAt <= date($publishedTo))
  RETURN n ORDER BY n.titleKey, n.id LIMIT toInteger($limit)
  UNION
  // Descending, first page: from the index's end.
  WITH 1 AS _ WHERE $descending AND $afterKey IS NULL
  MATCH (n:Article)
  WHERE n.titleKey IS NOT NULL
    AND ($outlet IS NULL OR n.outlet = $outlet)
    AND ($publishedFrom IS NULL OR n.publishedAt >= date($publishedFrom))
    AND ($publishedTo IS NULL OR n.publishedAt <= date($publishedTo))
  RETURN n ORDER BY n.titleKey DESC, n.id DESC LIMIT toInteger($limit)
  UNION
  // Descending, after the cursor.
  WITH 1 AS _ WHERE $descending AND $afterKey IS NOT NULL
  MATCH (n:Article)
  WHERE n.titleKey <= $afterKey AND [n.titleKey, n.id] < [$afterKey, $afterId]
    AND ($outlet IS NULL OR n.outlet = $outlet)
    AND ($publishedFrom IS NULL OR n.publishedAt >= date($publishedFrom))
    AND ($publishedTo IS NULL OR n.publishedAt <= date($publishedTo))
  RETURN n ORDER BY n.titleKey DESC, n.id DESC LIMIT toInteger($limit)
}
WITH n, n.titleKey AS key
RETURN n {
  .id, .title, .outlet, .url, .source, .author, .inferred, .extractorVersion,
  publishedAt: toString(n.publishedAt), ingestedAt: toString(n.ingestedAt)
} AS node, key
// include: paging/keyset-order
