// What is stored for an incoming article: the same text (same id), or an earlier version from the same
// URL or file, which the incoming one replaces.
OPTIONAL MATCH (same:Article {id: $id})
OPTIONAL MATCH (previous:Article) WHERE previous.id <> $id AND (($url IS NOT NULL AND previous.url = $url) OR previous.source = $source)
RETURN same.id AS sameId, same.fingerprint AS fingerprint, collect(previous.id) AS previousIds
