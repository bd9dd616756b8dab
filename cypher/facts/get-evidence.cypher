// Each quote's evidence in its $first oldest articles, with the exact words: what `Quote.evidence` lists.
// Wire copy repeats the same words in hundreds of articles, so only the publication date of each is read
// to find the oldest, and the rest of the row only for those kept. The article's short fields come along
// (never its text), so `evidence { article { title } }` costs no further round-trip. Only articles
// contain (as the relation table says, test/integration/relation-labels.test.ts), so `a` needs no label
// check.
UNWIND $ids AS id
MATCH (quote:Node {id: id})
CALL (quote) {
  MATCH (quote)<-[c:CONTAINS]-(a)
  WITH c, a ORDER BY a.publishedAt, a.id
  LIMIT toInteger($first)
  RETURN c, a
}
RETURN id, a.id AS articleId,
  c {.start, .end, .sentence, .context, .confidence, .extractorVersion} AS evidence,
  a {.id, .title, .outlet, .url, .source, .author, .inferred,
     publishedAt: toString(a.publishedAt), ingestedAt: toString(a.ingestedAt)} AS article
ORDER BY id, a.publishedAt, a.id
