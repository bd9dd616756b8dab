// One page of the articles published on or after $since (an undated article: ingested then), in id order.
// The scan is over articles alone, once per export.
MATCH (a:Article)
WHERE a.id > $after AND coalesce(a.publishedAt, date(a.ingestedAt)) >= date($since)
RETURN a.id AS id
ORDER BY a.id
LIMIT toInteger($limit)
