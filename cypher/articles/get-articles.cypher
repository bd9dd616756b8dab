UNWIND $ids AS id
MATCH (n:Article {id: id})
RETURN n {
  .id, .title, .outlet, .url, .source, .author, .inferred, .extractorVersion, .text,
  publishedAt: toString(n.publishedAt), ingestedAt: toString(n.ingestedAt)
} AS node
