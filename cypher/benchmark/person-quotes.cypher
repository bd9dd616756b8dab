// A person's quotes, 3 levels deep: the first page of their quotes (by text), each with its speaker and
// the articles and sentences it came from, and how many there are in all (the count the person keeps).
MATCH (p:Person {id: $id})
CALL (p) {
  MATCH (p)<-[:SAID_BY]-(q:Quote)
  WHERE q.kind <> 'indirect'
  WITH q ORDER BY q.text, q.id LIMIT 10
  RETURN collect(q {.text, .kind, speaker: p.name,
    evidence: COLLECT { MATCH (q)<-[c:CONTAINS]-(a:Article)
                        RETURN {sentence: c.sentence, title: a.title, outlet: a.outlet, publishedAt: a.publishedAt} }}) AS quotes
}
RETURN p.name AS name, coalesce(p.quoteCount, 0) AS total, quotes
