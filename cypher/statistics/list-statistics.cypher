// One keyset page of statistics, filtered (every filter is a parameter; null means "any") and sorted by
// $sort in the direction $descending. The cursor is the [key, id] of the last row seen. With a place,
// the figures are reached from it rather than by scanning every figure.
CALL () {
  MATCH (:Place {id: $place})<-[:ABOUT_PLACE]-(n:Statistic)
  RETURN n
  UNION
  // An empty UNWIND skips the scan; a WHERE on $place alone would be checked only after it.
  UNWIND CASE WHEN $place IS NULL THEN [true] ELSE [] END AS everyFigure
  MATCH (n:Statistic)
  RETURN n
}
WITH n
WHERE ($measureContains IS NULL OR toLower(n.measure) CONTAINS toLower($measureContains))
  AND ($valueMin IS NULL OR n.value >= $valueMin)
  AND ($valueMax IS NULL OR n.value <= $valueMax)
  AND ($unit IS NULL OR toLower(n.unit) = toLower($unit))
  AND ($reportedBy IS NULL OR EXISTS { (n)-[:ATTRIBUTED_TO]->(:Node {id: $reportedBy}) }
       OR EXISTS { (n)-[:ATTRIBUTED_TO]->(:AnonymousSource)-[:SPEAKS_FOR]->(:Node {id: $reportedBy}) })
  AND ($article IS NULL OR EXISTS { (n)<-[:CONTAINS]-(:Article {id: $article}) })
  AND ($periodFrom IS NULL OR coalesce(n.periodEnd, n.periodStart) >= $periodFrom)
  AND ($periodTo IS NULL OR n.periodStart <= $periodTo)
WITH n,
  CASE $sort
    WHEN 'VALUE' THEN coalesce(toFloat(n.value), -1.0)
    WHEN 'PERIOD' THEN coalesce(n.periodStart, '')
    WHEN 'MEASURE' THEN toLower(n.measure)
    WHEN 'CITATIONS' THEN COUNT { (n)<-[:CONTAINS]-(:Article) }
    ELSE n.id
  END AS key
// include: paging/keyset-after
RETURN n {.*} AS node, key
// include: paging/keyset-order
LIMIT toInteger($limit)
