// The shortest paths between two nodes: first through the facts that tie entities to each other (roles,
// membership, attribution, issuing, places); only when there are none, also through the articles that
// mention or contain them. Relationship types are fixed here, never taken from input. Var-length bounds
// must be literals, so the caller's hop limit ($maxHops, at most 6) filters the lengths found. A few more
// paths than asked are returned: parallel facts from different articles read the same and are merged.
MATCH (a:Node {id: $from}), (b:Node {id: $to})
CALL (a, b) {
  MATCH p = allShortestPaths((a)-[:HOLDS_ROLE|PART_OF|SPEAKS_FOR|SAID_BY|ISSUED_BY|ATTRIBUTED_TO|ABOUT_PLACE*..6]-(b))
  WITH p WHERE length(p) <= $maxHops
  RETURN collect(p)[..toInteger($limit)] AS direct
}
CALL (a, b, direct) {
  WITH a, b WHERE size(direct) = 0
  MATCH p = allShortestPaths((a)-[:HOLDS_ROLE|PART_OF|SPEAKS_FOR|SAID_BY|ISSUED_BY|ATTRIBUTED_TO|ABOUT_PLACE|MENTIONS|CONTAINS*..6]-(b))
  WITH p WHERE length(p) <= $maxHops
  RETURN collect(p)[..toInteger($limit)] AS wide
}
WITH size(direct) = 0 AS throughArticles, CASE WHEN size(direct) > 0 THEN direct ELSE wide END AS paths
UNWIND paths AS p
RETURN throughArticles,
  [n IN nodes(p) | {
    label: [label IN labels(n) WHERE label <> 'Node'][0],
    node: CASE WHEN n:Article
      THEN n {.id, .title, .outlet, .url, .source, .author, .inferred,
              publishedAt: toString(n.publishedAt), ingestedAt: toString(n.ingestedAt)}
      ELSE n {.*}
    END
  }] AS nodes,
  [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, title: r.title, former: r.former}] AS relationships
