// One page of the article list, newest first (undated last), resumed after the last [key, id] seen,
// and the total (from the count store). The key is the one our API pages on, so both see the same pages.
CALL () {
  MATCH (a:Article)
  WITH a, coalesce(toString(a.publishedAt), '') AS key
  WHERE $afterId IS NULL OR key < $afterKey OR (key = $afterKey AND a.id < $afterId)
  WITH a, key ORDER BY key DESC, a.id DESC LIMIT 20
  RETURN collect(a {.id, .title, .outlet, .publishedAt}) AS page
}
RETURN page, COUNT { (:Article) } AS total
