// One keyset page of articles by publication date, read off the `article_published_key` index in order:
// no article past the page is read, however long the list. Undated articles are keyed '', so they come
// first oldest-first and last newest-first. The cursor is the [key, id] of the last row seen (the id
// breaks ties), compared as a list: written as an OR, the planner splits it into two unordered seeks.
// Each branch runs only for its direction and page, chosen by parameters alone.
CALL () {
  // Ascending, from the start or after the cursor: every key is >= ''.
  WITH 1 AS _ WHERE NOT $descending
  MATCH (n:Article)
  WHERE n.publishedKey >= coalesce($afterKey, '') AND ($afterKey IS NULL OR [n.publishedKey, n.id] > [$afterKey, $afterId])
    AND ($outlet IS NULL OR n.outlet = $outlet)
    AND ($publishedFrom IS NULL OR n.publishedAt >= date($publishedFrom))
    AND ($publishedTo IS NULL OR n.publishedAt <= date($publishedTo))
  RETURN n ORDER BY n.publishedKey, n.id LIMIT toInteger($limit)
  UNION
  // Descending, first page: from the index's end.
  WITH 1 AS _ WHERE $descending AND $afterKey IS NULL
  MATCH (n:Article)
  WHERE n.publishedKey IS NOT NULL
    AND ($outlet IS NULL OR n.outlet = $outlet)
    AND ($publishedFrom IS NULL OR n.publishedAt >= date($publishedFrom))
    AND ($publishedTo IS NULL OR n.publishedAt <= date($publishedTo))
  RETURN n ORDER BY n.publishedKey DESC, n.id DESC LIMIT toInteger($limit)
  UNION
  // Descending, after the cursor.
  WITH 1 AS _ WHERE $descending AND $afterKey IS NOT NULL
  MATCH (n:Article)
  WHERE n.publishedKey <= $afterKey AND [n.publishedKey, n.id] < [$afterKey, $afterId]
    AND ($outlet IS NULL OR n.outlet = $outlet)
    AND ($publishedFrom IS NULL OR n.publishedAt >= date($publishedFrom))
    AND ($publishedTo IS NULL OR n.publishedAt <= date($publishedTo))
  RETURN n ORDER BY n.publishedKey DESC, n.id DESC LIMIT toInteger($limit)
}
WITH n, n.publishedKey AS key
RETURN n {
  .id, .title, .outlet, .url, .source, .author, .inferred, .extractorVersion,
  publishedAt: toString(n.publishedAt), ingestedAt: toString(n.ingestedAt)
} AS node, key
// include: paging/keyset-order
