// One keyset page of articles in the order they were loaded, read off the `article_ingested_at` index.
// The key is the time as text; every article was loaded after 1970.
// include: paging/index-page
//   label: Article
//   sortKey: n.ingestedAt
//   cursor: datetime($afterKey)
//   first: datetime({epochMillis: 0})
//   key: toString(n.ingestedAt)
//   filters: ($outlet IS NULL OR n.outlet = $outlet) AND ($publishedFrom IS NULL OR n.publishedAt >= date($publishedFrom)) AND ($publishedTo IS NULL OR n.publishedAt <= date($publishedTo))
// include: paging/article-row
