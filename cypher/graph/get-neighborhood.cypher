// A node and the nodes within $depth hops of it (1 or 2: the pattern's literal bound is 2), nearest and
// most connected first, cut at $limit nodes in all, with every relationship among them: what a graph
// view draws. Only short display fields leave the database: an article is its title, never its text.
MATCH (center:Node {id: $id})
CALL (center) {
  CALL (center) {
    MATCH (center)--(n:Node)
    RETURN n, 1 AS distance
    UNION
    MATCH (center)--(:Node)--(n:Node)
    WHERE $depth >= 2 AND n <> center
    RETURN n, 2 AS distance
  }
  WITH n, min(distance) AS distance
  ORDER BY distance, COUNT { (n)--() } DESC, n.id
  LIMIT toInteger($limit) - 1
  RETURN collect(n) AS around
}
WITH [center] + around AS members
CALL (members) {
  UNWIND members AS x
  MATCH (x)-[r]->(y:Node)
  WHERE y IN members
  // Facts repeated by several articles (a role stated twice) are one edge in the picture.
  WITH DISTINCT x.id AS from, y.id AS to, type(r) AS type, r.title AS title, r.former AS former
  ORDER BY from, to, type, title
  RETURN collect({from: from, to: to, type: type, title: title, former: former}) AS edges
}
RETURN [x IN members | {
  id: x.id,
  label: [label IN labels(x) WHERE label <> 'Node'][0],
  node: CASE WHEN x:Article THEN x {.id, .title} ELSE x {.id, .name, .description, .measure, .text} END
}] AS nodes, edges
