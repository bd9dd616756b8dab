// An article of a list as a row: its short fields (never the text) and its key, in the list's order.
RETURN n {
  .id, .title, .outlet, .url, .source, .author, .inferred, .extractorVersion,
  publishedAt: toString(n.publishedAt), ingestedAt: toString(n.ingestedAt)
} AS node, key
// include: paging/keyset-order
