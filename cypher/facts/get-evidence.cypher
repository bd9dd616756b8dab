// Every article that contains each quote or figure, with the exact words and, for figures, who that
// article says reported it (only figures have reporters: a quote's relationships are not walked for
// one). Oldest article first. The article's short fields come along (never its text), so
// `evidence { article { title } }` costs no further round-trip. Only articles contain (as the relation
// table says, test/integration/relation-labels.test.ts), so `a` needs no label check.
UNWIND $ids AS id
MATCH (fact:Node {id: id})<-[c:CONTAINS]-(a)
OPTIONAL MATCH (fact:Statistic)-[:ATTRIBUTED_TO {articleId: a.id}]->(source:Node)
RETURN id, a.id AS articleId, toString(a.publishedAt) AS publishedAt, source.id AS sourceId,
  c {.start, .end, .sentence, .context, .confidence, .extractorVersion} AS evidence,
  a {.id, .title, .outlet, .url, .source, .author, .inferred,
     publishedAt: toString(a.publishedAt), ingestedAt: toString(a.ingestedAt)} AS article
ORDER BY id, a.publishedAt, a.id
