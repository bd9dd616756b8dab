// For each incoming article: what is stored under the same id (same text), and earlier versions it
// replaces: the same URL when it has one, otherwise the same file. Each lookup is its own index seek
// (an OR across url and source would plan as a scan of every article).
UNWIND $articles AS incoming
OPTIONAL MATCH (same:Article {id: incoming.id})
CALL (incoming) {
  OPTIONAL MATCH (byUrl:Article {url: incoming.url}) WHERE byUrl.id <> incoming.id
  RETURN collect(byUrl.id) AS byUrl
}
CALL (incoming) {
  OPTIONAL MATCH (bySource:Article {source: incoming.source})
  WHERE incoming.url IS NULL AND bySource.url IS NULL AND bySource.id <> incoming.id
  RETURN collect(bySource.id) AS bySource
}
RETURN incoming.id AS id, same.id AS sameId, same.fingerprint AS fingerprint, byUrl + bySource AS previousIds
