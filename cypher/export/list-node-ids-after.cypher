// One page of the whole graph's node ids, in id order after $after: the relationship pass of an export
// walks the nodes again without reading their properties (an article's text) a second time.
MATCH (n:Node)
WHERE n.id > $after
RETURN n.id AS id
ORDER BY n.id
LIMIT toInteger($limit)
