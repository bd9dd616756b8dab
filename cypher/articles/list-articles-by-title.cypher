// One keyset page of articles by title (case-folded), read off the `article_title_key` index.
// include: paging/index-page
//   label: Article
//   sortKey: n.titleKey
//   cursor: $afterKey
//   first: ''
//   key: n.titleKey
//   filters: ($outlet IS NULL OR n.outlet = $outlet) AND ($publishedFrom IS NULL OR n.publishedAt >= date($publishedFrom)) AND ($publishedTo IS NULL OR n.publishedAt <= date($publishedTo))
// include: paging/article-row
