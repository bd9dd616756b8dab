// One keyset page of full-text hits across every kind, best first, found among the index's $depth best
// hits (Lucene ranks them itself; only those become rows), or among all of them when $depth is null.
// The Lucene queries are built in code from the user's words, escaped: $lucene asks for the words as
// typed, as words or prefixes; $nearLucene adds the words a typo away. Near misses are the dearest part
// of a query (a fuzzy term is matched against every field's whole dictionary), so $nearLucene is asked
// only when $lucene matches nothing at all, of any kind (the hits fetched are those before any filter),
// so every page of one search asks the same query. `nearMisses` says which was asked. $kinds optionally
// keeps some kinds. The cursor is the [score, id] of the last hit seen. `exhausted` and `reach` (the
// lowest score fetched) tell the caller whether the page is certain: any hit left out scores at most
// `reach`, so a full page scoring above it is exact. `sources` are the texts a snippet may come from, in
// order of preference (never the whole article as a node property: an article's text goes only to the
// snippet).
CALL () {
  WITH $depth AS depth WHERE depth IS NOT NULL
  CALL () {
    CALL db.index.fulltext.queryNodes('search', $lucene, {limit: toInteger($depth)}) YIELD node AS n, score
    RETURN collect({n: n, score: score}) AS typed
  }
  CALL (typed) {
    WITH typed WHERE size(typed) = 0
    CALL db.index.fulltext.queryNodes('search', $nearLucene, {limit: toInteger($depth)}) YIELD node AS n, score
    RETURN collect({n: n, score: score}) AS near
  }
  WITH CASE WHEN size(typed) = 0 THEN near ELSE typed END AS fetched, size(typed) = 0 AS nearMisses
  CALL (fetched) {
    UNWIND fetched AS hit
    WITH hit WHERE ($kinds IS NULL OR any(label IN labels(hit.n) WHERE label IN $kinds))
      AND ($afterKey IS NULL OR hit.score < $afterKey OR (hit.score = $afterKey AND hit.n.id > $afterId))
    WITH hit ORDER BY hit.score DESC, hit.n.id
    LIMIT toInteger($limit)
    RETURN collect(hit) AS hits
  }
  RETURN hits, size(fetched) < toInteger($depth) AS exhausted, nearMisses,
    reduce(low = null, hit IN fetched | CASE WHEN low IS NULL OR hit.score < low THEN hit.score ELSE low END) AS reach
  UNION ALL
  // Every hit, streamed into a top-N: memory for the page only, when a common word has 100,000 hits.
  WITH $depth AS depth WHERE depth IS NULL
  CALL () {
    CALL db.index.fulltext.queryNodes('search', $lucene, {limit: 1}) YIELD node
    RETURN count(node) = 0 AS nearMisses
  }
  CALL (nearMisses) {
    CALL db.index.fulltext.queryNodes('search', CASE WHEN nearMisses THEN $nearLucene ELSE $lucene END)
      YIELD node AS n, score
    WHERE ($kinds IS NULL OR any(label IN labels(n) WHERE label IN $kinds))
      AND ($afterKey IS NULL OR score < $afterKey OR (score = $afterKey AND n.id > $afterId))
    WITH n, score ORDER BY score DESC, n.id
    LIMIT toInteger($limit)
    RETURN collect({n: n, score: score}) AS hits
  }
  RETURN hits, true AS exhausted, nearMisses, null AS reach
}
// Labels and snippet sources are read for the page's hits only.
CALL (hits) {
  UNWIND hits AS hit
  WITH hit.n AS n, hit.score AS score
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
RETURN page, exhausted, reach, nearMisses
