// One keyset page of each speaker's quotes (or claims: $group is '|quote' or '|claim') by text, for many
// speakers in one round-trip (DataLoader batches), the order of relations/list-incoming sorted by NAME.
// The (speakerKey, textKey, id) index holds each speaker's quotes in that order, so a page reads its rows
// and stops (migration 0014); `total` is the count the speaker keeps (migration 0015). Both directions
// are an index scan; `ORDER BY` names the index's properties in its order, which is what lets the planner
// use it. Keys are cut at 200 characters: two quotes that share their first 200 go by id.
UNWIND $parentIds AS parentId
WITH parentId, parentId + $group AS speakerKey
CALL (parentId) {
  OPTIONAL MATCH (speaker:Node {id: parentId})
  RETURN coalesce(CASE $group WHEN '|claim' THEN speaker.claimCount ELSE speaker.quoteCount END, 0) AS total
}
CALL (speakerKey) {
  // One branch per direction. The other seeks a null key, which finds nothing at once: a WHERE on
  // $descending alone would be checked only after reading every entry.
  MATCH (n:Quote) USING INDEX n:Quote(speakerKey, textKey, id)
  WHERE n.speakerKey = CASE WHEN $descending THEN null ELSE speakerKey END AND n.textKey IS NOT NULL AND n.id IS NOT NULL
    AND ($afterKey IS NULL OR n.textKey > $afterKey OR (n.textKey = $afterKey AND n.id > $afterId))
  RETURN n
  ORDER BY n.speakerKey, n.textKey, n.id
  LIMIT toInteger($limit)
  UNION ALL
  MATCH (n:Quote) USING INDEX n:Quote(speakerKey, textKey, id)
  WHERE n.speakerKey = CASE WHEN $descending THEN speakerKey END AND n.textKey IS NOT NULL AND n.id IS NOT NULL
    AND ($afterKey IS NULL OR n.textKey < $afterKey OR (n.textKey = $afterKey AND n.id < $afterId))
  RETURN n
  ORDER BY n.speakerKey DESC, n.textKey DESC, n.id DESC
  LIMIT toInteger($limit)
}
// Each quote's evidence when the query asks for it, so a speaker's page of quotes with their articles is
// one round trip: its $evidence.first oldest articles, as facts/get-evidence reads them. Only the fields
// the query selects are read ($evidence.words of the words, $evidence.article of the article, by name and
// in that order), since the same words can be in hundreds of articles. Dates go through toString as in
// every statement (the driver would write a DateTime's nanoseconds).
CALL (n) {
  WITH n WHERE $evidence IS NOT NULL
  MATCH (n)<-[c:CONTAINS]-(a)
  WITH c, a ORDER BY a.publishedAt, a.id
  LIMIT toInteger(coalesce($evidence.first, 0))
  RETURN collect({
    articleId: a.id,
    words: [key IN $evidence.words | c[key]],
    article: CASE WHEN $evidence.article IS NOT NULL THEN [key IN $evidence.article |
      CASE WHEN key IN ['publishedAt', 'ingestedAt'] THEN toString(a[key]) ELSE a[key] END] END
  }) AS evidence
}
RETURN parentId, n.textKey AS key, total, 'Quote' AS label, n {.*} AS node, evidence
