// One keyset page of articles by publication date, read off the `article_published_key` index. Undated
// articles are keyed '', so they come first oldest-first and last newest-first.
// include: paging/index-page
//   label: Article
//   sortKey: n.publishedKey
//   cursor: $afterKey
//   first: ''
//   key: n.publishedKey
//   filters: ($outlet IS NULL OR n.outlet = $outlet) AND ($publishedFrom IS NULL OR n.publishedAt >= date($publishedFrom)) AND ($publishedTo IS NULL OR n.publishedAt <= date($publishedTo))
// include: paging/article-row
