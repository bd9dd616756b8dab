// One keyset page of {{label}} nodes read off the index of {{sortKey}} in order: no node past the page is
// read, however long the list. The cursor is the [key, id] of the last row seen (the id breaks ties),
// compared as a list: written as an OR, the planner splits it into two unordered seeks. Each branch runs
// only for its direction and page, chosen by parameters alone. The include gives the cursor's key as
// stored (`cursor`), a key no node's is below (`first`), a predicate on `n` (`filters`, `true` for none)
// and the key the cursor holds (`key`).
CALL () {
  // Ascending, from the start or after the cursor.
  WITH 1 AS _ WHERE NOT $descending
  MATCH (n:{{label}})
  WHERE {{sortKey}} >= coalesce({{cursor}}, {{first}}) AND ($afterKey IS NULL OR [{{sortKey}}, n.id] > [{{cursor}}, $afterId])
    AND {{filters}}
  RETURN n ORDER BY {{sortKey}}, n.id LIMIT toInteger($limit)
  UNION
  // Descending, first page: from the index's end.
  WITH 1 AS _ WHERE $descending AND $afterKey IS NULL
  MATCH (n:{{label}})
  WHERE {{sortKey}} IS NOT NULL AND {{filters}}
  RETURN n ORDER BY {{sortKey}} DESC, n.id DESC LIMIT toInteger($limit)
  UNION
  // Descending, after the cursor.
  WITH 1 AS _ WHERE $descending AND $afterKey IS NOT NULL
  MATCH (n:{{label}})
  WHERE {{sortKey}} <= {{cursor}} AND [{{sortKey}}, n.id] < [{{cursor}}, $afterId]
    AND {{filters}}
  RETURN n ORDER BY {{sortKey}} DESC, n.id DESC LIMIT toInteger($limit)
}
WITH n, {{key}} AS key
