// The few nodes each node points at through one relationship type (a quote's speaker, a figure's place,
// an organization's parent, a policy's issuers), for many nodes in one round-trip. $type comes from the
// API's fixed relation table, never from input.
UNWIND $ids AS id
MATCH (n:Node {id: id})-[:$($type)]->(m:Node)
WITH DISTINCT id, m
RETURN id, [label IN labels(m) WHERE label <> 'Node'][0] AS label,
  CASE WHEN m:Article
    THEN m {.id, .title, .outlet, .url, .source, .author, .inferred,
            publishedAt: toString(m.publishedAt), ingestedAt: toString(m.ingestedAt)}
    ELSE m {.*}
  END AS node
ORDER BY id, node.name
