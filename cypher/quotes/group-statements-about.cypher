// Quotes and claims about a subject, grouped by speaker, the speakers with most statements first (an
// unattributed group has a null speaker, and comes after named speakers with as many). The quoted words,
// the sentence around them and the sentence that introduced them are matched through full-text indexes,
// with Lucene queries built in code from the subject's word stems: $quoteLucene on `quote_search`,
// $sentenceLucene on `quote_context_search` (`sentence` and `context` live on CONTAINS relationships;
// only quotes' say `fact: 'quote'`).
// The subject is one required clause there: beside a required `fact`, a clause of its own without `+`
// would only add to the score, and every quote would match.
// Each index hands over at most its $within best hits: a common subject is in most articles, and
// grouping every statement about it cost work in proportion to the corpus (700,000 db hits at 100,000
// articles, 0.3 requests a second). `complete` says that neither reached it, so every count is exact.
CALL () {
  CALL db.index.fulltext.queryNodes('quote_search', $quoteLucene, {limit: toInteger($within)}) YIELD node
  RETURN collect(node) AS byWords
}
CALL () {
  CALL db.index.fulltext.queryRelationships('quote_context_search', '+(' + $sentenceLucene + ') +fact:quote', {limit: toInteger($within)})
    YIELD relationship
  RETURN collect(endNode(relationship)) AS bySentence
}
WITH size(byWords) < $within AND size(bySentence) < $within AS complete, byWords + bySentence AS found
UNWIND found AS q
WITH DISTINCT q, complete
OPTIONAL MATCH (q)-[:SAID_BY]->(s)
WITH s, collect(q) AS said, complete
WITH collect({s: s, said: said, count: size(said)}) AS groups, complete
// A common subject has thousands of speakers: the page's lowest count is found from counts alone, and
// names (the tie-break) are read only for speakers with at least that many.
CALL (groups) {
  UNWIND groups AS g
  WITH g.count AS count ORDER BY count DESC LIMIT toInteger($first)
  RETURN min(count) AS floor
}
UNWIND groups AS g
WITH g.s AS s, g.said AS said, g.count AS count, floor, complete
WHERE count >= floor
WITH s, said, count, complete
ORDER BY count DESC, s IS NULL, toLower(coalesce(s.name, s.description, '')), s.id
LIMIT toInteger($first)
// Every statement found is counted; only the first $quotesPerSpeaker (by text) of the speakers kept are
// sorted and leave the database.
CALL (said) {
  UNWIND said AS q
  WITH q ORDER BY q.text, q.id
  LIMIT toInteger($quotesPerSpeaker)
  RETURN collect(q {.*}) AS quotes
}
RETURN CASE WHEN s IS NULL THEN null ELSE {label: [label IN labels(s) WHERE label <> 'Node'][0], node: s {.*}} END AS speaker,
  quotes, count, complete
ORDER BY count DESC, s IS NULL, toLower(coalesce(s.name, s.description, '')), s.id
