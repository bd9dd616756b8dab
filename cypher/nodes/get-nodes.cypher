// Any nodes by graph id, whatever their kind: one index seek each through the :Node label.
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN [label IN labels(n) WHERE label <> 'Node'][0] AS label,
  CASE WHEN n:Article
    THEN n {.id, .title, .outlet, .url, .source, .author, .inferred, .text, .boilerplate,
            publishedAt: toString(n.publishedAt), ingestedAt: toString(n.ingestedAt)}
    ELSE n {.*}
  END AS node
