// One keyset page of articles in the order they were loaded, read off the `article_ingested_at` index.
// The key is the time itself, not its text: Cypher's text drops trailing zeros (`.12Z` for 120 ms), which
// sorts after `.123Z`; the cursor holds the driver's text, which `datetime()` reads back. Every article
// was loaded after 1970.
// include: paging/index-page
//   label: Article
//   sortKey: n.ingestedAt
//   cursor: datetime($afterKey)
//   first: datetime({epochMillis: 0})
//   key: n.ingestedAt
//   filters: ($outlet IS NULL OR n.outlet = $outlet) AND ($publishedFrom IS NULL OR n.publishedAt >= date($publishedFrom)) AND ($publishedTo IS NULL OR n.publishedAt <= date($publishedTo))
// include: paging/article-row
