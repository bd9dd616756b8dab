// One keyset page of articles by publication date, read off the `article_published_key` index. Undated
// articles are keyed '', so they come first oldest-first and last newest-first.
// include: paging/article-page
//   sortKey: n.publishedKey
//   cursor: $afterKey
//   first: ''
//   key: n.publishedKey
