// One page of every article's id, in id order after $after (the NDJSON export of the whole graph).
MATCH (a:Article)
WHERE a.id > $after
RETURN a.id AS id
ORDER BY a.id
LIMIT toInteger($limit)
