// One keyset page of articles by title (case-folded), read off the `article_title_key` index.
// include: paging/article-page
//   sortKey: n.titleKey
//   cursor: $afterKey
//   first: ''
//   key: n.titleKey
