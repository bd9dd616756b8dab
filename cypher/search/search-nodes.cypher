// One keyset page of full-text hits across every kind, best first, found among the index's $depth best
// hits (Lucene ranks them itself; only those become rows). $lucene is built in code from the user's words,
// escaped; $kinds optionally keeps some kinds. The cursor is the [score, id] of the last hit seen.
// `exhausted` and `reach` (the lowest score fetched) tell the caller whether the page is certain: any hit
// left out scores at most `reach`, so a full page scoring above it is exact; otherwise it asks again deeper.
// `sources` are the texts a snippet may come from, in order of preference (never the whole article as a
// node property: an article's text goes only to the snippet).
CALL db.index.fulltext.queryNodes('search', $lucene, {limit: toInteger($depth)}) YIELD node AS n, score
WITH collect({n: n, score: score}) AS fetched
CALL (fetched) {
  UNWIND fetched AS hit
  WITH hit.n AS n, hit.score AS score
  WHERE ($kinds IS NULL OR any(label IN labels(n) WHERE label IN $kinds))
    AND ($afterKey IS NULL OR score < $afterKey OR (score = $afterKey AND n.id > $afterId))
  WITH n, score
  ORDER BY score DESC, n.id
  LIMIT toInteger($limit)
  // Labels and snippet sources are read for the page's hits only.
  RETURN collect({
    label: [label IN labels(n) WHERE label <> 'Node'][0], score: score, key: score,
    node: CASE WHEN n:Article
      THEN n {.id, .title, .outlet, .url, .source, .author, .inferred,
              publishedAt: toString(n.publishedAt), ingestedAt: toString(n.ingestedAt)}
      ELSE n {.*}
    END,
    sources: [COLLECT { MATCH (n)<-[c:CONTAINS]-(:Article) RETURN c.sentence ORDER BY c.sentence LIMIT 1 }[0],
              n.name, n.title, n.description, n.measure, n.text, n.aliasText]
  }) AS page
}
RETURN page, size(fetched) < toInteger($depth) AS exhausted, reduce(low = null, hit IN fetched | CASE WHEN low IS NULL OR hit.score < low THEN hit.score ELSE low END) AS reach
