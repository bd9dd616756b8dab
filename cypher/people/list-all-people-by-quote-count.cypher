// One keyset page of every person by how many quotes they said, read off the `person_quote_count` index
// (migration 0017). With a filter, people/list-people reads them all instead. The index holds the key and
// the id, and serves their order only when the query says both exist, hence the filter on the id.
// include: paging/index-page
//   label: Person
//   sortKey: n.quoteCount
//   cursor: $afterKey
//   first: 0
//   filters: n.id IS NOT NULL
//   key: n.quoteCount
// include: paging/entity-row
