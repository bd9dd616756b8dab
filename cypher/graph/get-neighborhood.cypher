// A node and the nodes within $depth hops of it (1 or 2: the pattern's literal bound is 2), nearest and
// most connected first, cut at $limit nodes in all, with the links among them when $edges (a fact many
// articles state is one edge): what a graph view draws. Only short display fields leave the database: an
// article is its title, never its text. Every node with a relationship is a :Node (only migrations and
// redirects, which have none, are not), so neighbours are matched without a label check: one db hit each
// saved.
MATCH (center:Node {id: $id})
CALL (center) {
  // A much-mentioned node has thousands of neighbours: the most connected are picked among the first
  // 500 met, so the cost is bounded whatever the node. Facts stored once per article that states them
  // come in runs to one node (a much-quoted official holds the same role thousands of times), so each
  // kind is read to at most 500 statements: walking every link in turn read 23,000 of them to meet 500
  // neighbours.
  CALL (center) {
    MATCH (center)-[:HOLDS_ROLE]-(n)
    RETURN n LIMIT 500
    UNION ALL
    MATCH (center)-[:ISSUED_BY]-(n)
    RETURN n LIMIT 500
    UNION ALL
    MATCH (center)-[:ATTRIBUTED_TO]-(n)
    RETURN n LIMIT 500
    UNION ALL
    MATCH (center)-[:MENTIONS|CONTAINS|SAID_BY|SPEAKS_FOR|ABOUT_PLACE|PART_OF]-(n)
    RETURN n
  }
  WITH DISTINCT n
  LIMIT 500
  WITH n
  ORDER BY COUNT { (n)--() } DESC, n.id
  LIMIT toInteger($limit) - 1
  RETURN collect(n) AS near
}
// Nearest first: the second ring is walked only when the first leaves room, which a much-mentioned
// node's never does (its second ring can be most of the graph). A few neighbours of the center can still
// be hubs (an agency in every article): each brings at most the first 100 it meets, so the cost stays
// bounded whatever the graph's size.
CALL (center, near) {
  UNWIND CASE WHEN $depth >= 2 AND size(near) < toInteger($limit) - 1 THEN near ELSE [] END AS via
  CALL (via, center, near) {
    MATCH (via)--(n)
    WHERE n <> center AND NOT n IN near
    RETURN n LIMIT 100
  }
  WITH DISTINCT n
  ORDER BY COUNT { (n)--() } DESC, n.id
  RETURN collect(n) AS far
}
WITH center, near + far[..toInteger($limit) - 1 - size(near)] AS around
WITH [center] + around AS members
// The links among the members cost as much as finding them: read only when the query asks ($edges).
CALL (members) {
  UNWIND CASE WHEN $edges THEN members ELSE [] END AS x
  CALL (x, members) {
    // Links stored once per pair: each member's are few (an article's mentions and evidence).
    MATCH (x)-[r:MENTIONS|CONTAINS|SAID_BY|SPEAKS_FOR|ABOUT_PLACE|PART_OF]->(y)
    WHERE y IN members
    RETURN r, y
    UNION ALL
    // Facts stored once per article that states them: a much-quoted official holds the same role
    // thousands of times. The picture draws each distinct fact once, from at most 25 statements of a
    // node, so the cost is bounded whatever the node.
    // Only people, policies and figures hold these: other members' relationships are not read again.
    WITH x WHERE x:Person OR x:Policy OR x:Statistic
    MATCH (x)-[r:HOLDS_ROLE|ISSUED_BY|ATTRIBUTED_TO]->(y)
    WITH r, y LIMIT 25
    WITH r, y WHERE y IN members
    RETURN r, y
  }
  WITH DISTINCT x.id AS from, y.id AS to, type(r) AS type, r.title AS title, r.former AS former
  ORDER BY from, to, type, title
  RETURN collect({from: from, to: to, type: type, title: title, former: former}) AS edges
}
RETURN [x IN members | {
  id: x.id,
  label: [label IN labels(x) WHERE label <> 'Node'][0],
  node: CASE WHEN x:Article THEN x {.id, .title} ELSE x {.id, .name, .description, .measure, .text} END
}] AS nodes, edges
