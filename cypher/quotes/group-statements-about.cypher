// Quotes and claims about a subject, grouped by speaker, the speakers with most statements first (an
// unattributed group has a null speaker, and comes after named speakers with as many). The quoted words
// and the sentence around them are both matched through full-text indexes, with Lucene queries built in
// code from the subject's word stems: $quoteLucene on the `search` index, $sentenceLucene on
// `sentence_search` (sentences live on CONTAINS relationships).
CALL () {
  CALL db.index.fulltext.queryNodes('search', $quoteLucene) YIELD node
  WITH node WHERE node:Quote
  RETURN node AS q
  UNION
  CALL db.index.fulltext.queryRelationships('sentence_search', $sentenceLucene) YIELD relationship
  WITH endNode(relationship) AS q WHERE q:Quote
  RETURN q
}
OPTIONAL MATCH (q)-[:SAID_BY]->(s)
WITH s, collect(q) AS said
WITH s, said, size(said) AS count
ORDER BY count DESC, s IS NULL, toLower(coalesce(s.name, s.description, '')), s.id
LIMIT toInteger($first)
// Every statement is counted; only the first $quotesPerSpeaker (by text) of the speakers kept are sorted
// and leave the database.
CALL (said) {
  UNWIND said AS q
  WITH q ORDER BY q.text, q.id
  LIMIT toInteger($quotesPerSpeaker)
  RETURN collect(q {.*}) AS quotes
}
RETURN [label IN labels(s) WHERE label <> 'Node'][0] AS label,
  CASE WHEN s IS NULL THEN null ELSE s {.*} END AS speaker,
  quotes, count
ORDER BY count DESC, s IS NULL, toLower(coalesce(s.name, s.description, '')), s.id
