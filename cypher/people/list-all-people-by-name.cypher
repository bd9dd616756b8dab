// One keyset page of every person by name (case-folded), read off the `person_name_key` index
// (migration 0017). With a filter, people/list-people reads them all instead. The index holds the key and
// the id, and serves their order only when the query says both exist, hence the filter on the id.
// include: paging/index-page
//   label: Person
//   sortKey: n.nameKey
//   cursor: $afterKey
//   first: ''
//   filters: n.id IS NOT NULL
//   key: n.nameKey
// include: paging/entity-row
