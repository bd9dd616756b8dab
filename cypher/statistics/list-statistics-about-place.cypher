// One keyset page of a place's figures by value (the list statement's VALUE order: a vague amount, with
// no value, first), optionally those whose measure contains $measureContains. The (placeId, valueKey, id)
// index holds them in that order, so the read stops once the page is full, where reaching them from the
// place read all of them (thousands for a state) to sort (migration 0013). Both directions are an index
// scan; `ORDER BY` names the index's properties in its order, which is what lets the planner use it.
CALL () {
  // One branch per direction. The other seeks a null place, which finds nothing at once: a WHERE on
  // $descending alone would be checked only after reading every entry.
  MATCH (n:Statistic) USING INDEX n:Statistic(placeId, valueKey, id)
  WHERE n.placeId = CASE WHEN $descending THEN null ELSE $place END AND n.valueKey IS NOT NULL AND n.id IS NOT NULL
    AND ($afterKey IS NULL OR n.valueKey > $afterKey OR (n.valueKey = $afterKey AND n.id > $afterId))
    AND ($measureContains IS NULL OR toLower(n.measure) CONTAINS toLower($measureContains))
  RETURN n
  ORDER BY n.placeId, n.valueKey, n.id
  LIMIT toInteger($limit)
  UNION ALL
  MATCH (n:Statistic) USING INDEX n:Statistic(placeId, valueKey, id)
  WHERE n.placeId = CASE WHEN $descending THEN $place END AND n.valueKey IS NOT NULL AND n.id IS NOT NULL
    AND ($afterKey IS NULL OR n.valueKey < $afterKey OR (n.valueKey = $afterKey AND n.id < $afterId))
    AND ($measureContains IS NULL OR toLower(n.measure) CONTAINS toLower($measureContains))
  RETURN n
  ORDER BY n.placeId DESC, n.valueKey DESC, n.id DESC
  LIMIT toInteger($limit)
}
RETURN n {.*} AS node, n.valueKey AS key
