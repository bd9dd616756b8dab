// Who said what on a subject: among the 1,000 most relevant quotes by their words and as many by their
// sentence (what our `whoSaid` reads by default), grouped by speaker, the ten speakers with most
// statements first, each with five of them and where they were said.
CALL () {
  CALL db.index.fulltext.queryNodes('quote_search', $quoteLucene, {limit: 1000}) YIELD node
  RETURN node AS q
  UNION
  CALL db.index.fulltext.queryRelationships('quote_context_search', '+(' + $sentenceLucene + ') +fact:quote', {limit: 1000}) YIELD relationship
  RETURN endNode(relationship) AS q
}
MATCH (q)-[:SAID_BY]->(s)
WITH s, collect(q) AS quotes
ORDER BY size(quotes) DESC, s.id
LIMIT 10
RETURN coalesce(s.name, s.description) AS speaker, size(quotes) AS count,
  [q IN quotes[..5] | q {.text, evidence: COLLECT { MATCH (q)<-[c:CONTAINS]-(a:Article) RETURN {sentence: c.sentence, title: a.title} }}] AS quotes
