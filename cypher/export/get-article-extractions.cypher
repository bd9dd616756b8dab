// A page of articles in the extraction shape (corpus/README.md), read back from the graph: what each
// article says, with this article's own roles, issuers and sources (facts name their articleId) and the
// words of each mention as written here. Facts come in the order they appear in the text.
UNWIND $ids AS wanted
MATCH (a:Article {id: wanted})
RETURN a.id AS id, {
  source: a.source,
  extractorVersion: a.extractorVersion,
  article: {title: a.title, outlet: a.outlet, url: a.url, date: toString(a.publishedAt), author: a.author},
  people: COLLECT {
    MATCH (a)-[m:MENTIONS]->(p:Person)
    WITH p, m ORDER BY m.starts[0]
    RETURN p {
      .name,
      mentions: reduce(seen = [], i IN range(0, size(m.starts) - 1) |
        CASE WHEN substring(a.text, m.starts[i], m.ends[i] - m.starts[i]) IN seen THEN seen
             ELSE seen + substring(a.text, m.starts[i], m.ends[i] - m.starts[i]) END),
      // A title held at an organization is stored per article; one without ("Mayor") only on the person.
      roles: reduce(acc = [], t IN COLLECT { MATCH (p)-[r:HOLDS_ROLE]->() WHERE r.articleId = a.id RETURN DISTINCT r.title } + coalesce(p.titles, []) |
        CASE WHEN t IN acc THEN acc ELSE acc + t END),
      affiliations: COLLECT { MATCH (p)-[r:HOLDS_ROLE]->(o:Organization) WHERE r.articleId = a.id RETURN DISTINCT o.name }
    }
  },
  organizations: COLLECT {
    MATCH (a)-[m:MENTIONS]->(o:Organization)
    WITH o, m ORDER BY m.starts[0]
    RETURN o {.name, .acronym, .kind, aliases: coalesce(o.aliases, [])}
  },
  places: COLLECT { MATCH (a)-[m:MENTIONS]->(p:Place) WITH p, m ORDER BY m.starts[0] RETURN p.name },
  policies: COLLECT {
    MATCH (a)-[m:MENTIONS]->(p:Policy)
    WITH p, m ORDER BY m.starts[0]
    RETURN p {
      .name, .kind, .date,
      issuedBy: head(COLLECT { MATCH (p)-[r:ISSUED_BY]->(i) WHERE r.articleId = a.id RETURN i.name })
    }
  },
  statistics: COLLECT {
    MATCH (a)-[c:CONTAINS]->(s:Statistic)
    WITH s, c ORDER BY c.start
    RETURN s {
      .value, .valueHigh, .unit, .period,
      qualifier: c.qualifier, measure: c.measure, text: c.text,
      place: head(COLLECT { MATCH (s)-[:ABOUT_PLACE]->(p:Place) RETURN p.name }),
      source: head(COLLECT {
        MATCH (s)-[r:ATTRIBUTED_TO]->(x) WHERE r.articleId = a.id
        OPTIONAL MATCH (x)-[:SPEAKS_FOR]->(o:Organization)
        RETURN coalesce(o.name, x.name)
      }),
      evidence: {start: c.start, end: c.end, sentence: c.sentence, confidence: c.confidence}
    }
  },
  quotes: COLLECT {
    MATCH (a)-[c:CONTAINS]->(q:Quote)
    WITH q, c ORDER BY c.start
    OPTIONAL MATCH (q)-[:SAID_BY]->(x)
    OPTIONAL MATCH (x)-[:SPEAKS_FOR]->(o:Organization)
    RETURN q {
      .text, .kind,
      speaker: coalesce(o.name, x.name),
      speakerKind: CASE WHEN x:Person THEN 'person' WHEN x:Organization THEN 'organization' WHEN x:AnonymousSource THEN 'anonymous_source' END,
      speakerDescription: x.description,
      evidence: {start: c.start, end: c.end, sentence: c.sentence, confidence: c.confidence}
    }
  }
} AS extraction
ORDER BY id
