// The evidence of a fact (quote or figure) in given articles, and who each article says reported it:
// one row per (fact, article) pair asked for.
UNWIND $pairs AS pair
MATCH (a:Article {id: pair.articleId})-[c:CONTAINS]->(fact:Node {id: pair.factId})
OPTIONAL MATCH (fact:Statistic)-[:ATTRIBUTED_TO {articleId: a.id}]->(source:Node)
RETURN pair.factId + '|' + pair.articleId AS id, a.id AS articleId, source.id AS sourceId,
  c {.start, .end, .sentence, .context, .confidence, .extractorVersion} AS evidence
