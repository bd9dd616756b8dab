// What is stored for an incoming article: the same text (same id), or an earlier version that it
// replaces: the same URL when the article has one, otherwise the same file.
OPTIONAL MATCH (same:Article {id: $id})
OPTIONAL MATCH (previous:Article)
WHERE previous.id <> $id
  AND CASE WHEN $url IS NULL THEN previous.source = $source AND previous.url IS NULL ELSE previous.url = $url END
RETURN same.id AS sameId, same.fingerprint AS fingerprint, collect(previous.id) AS previousIds
