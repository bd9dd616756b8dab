// What is stored for an incoming article: the same text (same id), or an earlier version that it
// replaces: the same URL when the article has one, otherwise the same file. Each lookup is its own index
// seek (an OR across url and source planned as a scan of every article).
OPTIONAL MATCH (same:Article {id: $id})
CALL () {
  OPTIONAL MATCH (byUrl:Article {url: $url}) WHERE byUrl.id <> $id
  RETURN collect(byUrl.id) AS byUrl
}
CALL () {
  OPTIONAL MATCH (bySource:Article {source: $source}) WHERE $url IS NULL AND bySource.url IS NULL AND bySource.id <> $id
  RETURN collect(bySource.id) AS bySource
}
RETURN same.id AS sameId, same.fingerprint AS fingerprint, byUrl + bySource AS previousIds
