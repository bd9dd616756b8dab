// One keyset page of full-text hits across every kind, best first. $lucene is built in code from the
// user's words, escaped; $kinds optionally keeps some kinds. The cursor is the [score, id] of the last hit
// seen. `sources` are the texts a snippet may come from, in order of preference (never the whole article
// as a node property: an article's text goes only to the snippet).
CALL db.index.fulltext.queryNodes('search', $lucene) YIELD node AS n, score
WHERE ($kinds IS NULL OR any(label IN labels(n) WHERE label IN $kinds))
  AND ($afterKey IS NULL OR score < $afterKey OR (score = $afterKey AND n.id > $afterId))
WITH collect({n: n, score: score}) AS hits
// A common word has tens of thousands of hits. The page's lowest score is found on scores alone; the id
// that breaks ties is then read only for hits scoring at least that, not for every hit.
CALL (hits) {
  UNWIND hits AS hit
  WITH hit.score AS score ORDER BY score DESC LIMIT toInteger($limit)
  RETURN min(score) AS floor
}
UNWIND hits AS hit
WITH hit.n AS n, hit.score AS score, floor
WHERE score >= floor
WITH n, score
ORDER BY score DESC, n.id
LIMIT toInteger($limit)
// Labels and snippet sources are read for the page's hits only, not for every hit of the index.
RETURN [label IN labels(n) WHERE label <> 'Node'][0] AS label, score, score AS key,
  CASE WHEN n:Article
    THEN n {.id, .title, .outlet, .url, .source, .author, .inferred,
            publishedAt: toString(n.publishedAt), ingestedAt: toString(n.ingestedAt)}
    ELSE n {.*}
  END AS node,
  [COLLECT { MATCH (n)<-[c:CONTAINS]-(:Article) RETURN c.sentence ORDER BY c.sentence LIMIT 1 }[0],
   n.name, n.title, n.description, n.measure, n.text, n.aliasText] AS sources
ORDER BY score DESC, n.id
