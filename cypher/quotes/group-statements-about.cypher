// Quotes and claims about a subject, grouped by speaker, the speakers with most statements first (an
// unattributed group has a null speaker, and comes after named speakers with as many). The quoted words
// are matched through the full-text index ($lucene, built in code from the subject's word stems); the
// sentence around them by a regular expression on the same stems ($sentencePattern: each stem starts a
// word), since sentences live on CONTAINS relationships, which the index does not cover.
CALL () {
  CALL db.index.fulltext.queryNodes('search', $lucene) YIELD node
  WITH node WHERE node:Quote
  RETURN node AS q
  UNION
  MATCH (q:Quote)<-[c:CONTAINS]-(:Article)
  WHERE c.sentence =~ $sentencePattern
  RETURN q
}
OPTIONAL MATCH (q)-[:SAID_BY]->(s:Node)
WITH s, q
ORDER BY q.text, q.id
WITH s, collect(q {.*}) AS quotes
RETURN [label IN labels(s) WHERE label <> 'Node'][0] AS label,
  CASE WHEN s IS NULL THEN null
    ELSE s {.*, articleCount: COUNT { (s)<-[:MENTIONS]-() },
            quoteCount: COUNT { (s)<-[:SAID_BY]-(x:Quote) WHERE x.kind <> 'indirect' }}
  END AS speaker,
  quotes, size(quotes) AS count
ORDER BY count DESC, s IS NULL, toLower(coalesce(s.name, s.description, '')), s.id
LIMIT toInteger($first)
