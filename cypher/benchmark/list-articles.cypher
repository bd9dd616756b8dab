// One page of the article list, newest first (undated last), resumed after the last [key, id] seen, read
// off the `article_published_key` index, and the total (from the count store). The key is the one our API
// pages on, so both see the same pages.
CALL () {
  WITH 1 AS _ WHERE $afterId IS NULL
  MATCH (a:Article) WHERE a.publishedKey IS NOT NULL
  RETURN a ORDER BY a.publishedKey DESC, a.id DESC LIMIT 20
  UNION
  WITH 1 AS _ WHERE $afterId IS NOT NULL
  MATCH (a:Article) WHERE a.publishedKey <= $afterKey AND [a.publishedKey, a.id] < [$afterKey, $afterId]
  RETURN a ORDER BY a.publishedKey DESC, a.id DESC LIMIT 20
}
WITH a ORDER BY a.publishedKey DESC, a.id DESC
RETURN collect(a {.id, .title, .outlet, .publishedAt}) AS page, COUNT { (:Article) } AS total
