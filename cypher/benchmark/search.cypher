// Full-text search across every kind: the ten best hits of the shared index (Lucene ranks them itself).
CALL db.index.fulltext.queryNodes('search', $lucene, {limit: 10}) YIELD node, score
RETURN [label IN labels(node) WHERE label <> 'Node'][0] AS kind, node.id AS id,
  coalesce(node.name, node.title, node.description, node.text) AS label, score
ORDER BY score DESC
