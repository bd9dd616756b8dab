// How many statistics the same filters select, counted without collecting them.
MATCH (n:Statistic)
WHERE ($measureContains IS NULL OR toLower(n.measure) CONTAINS toLower($measureContains))
  AND ($valueMin IS NULL OR n.value >= $valueMin)
  AND ($valueMax IS NULL OR n.value <= $valueMax)
  AND ($unit IS NULL OR toLower(n.unit) = toLower($unit))
  AND ($place IS NULL OR EXISTS { (n)-[:ABOUT_PLACE]->(:Place {id: $place}) })
  AND ($reportedBy IS NULL OR EXISTS { (n)-[:ATTRIBUTED_TO]->(:Node {id: $reportedBy}) }
       OR EXISTS { (n)-[:ATTRIBUTED_TO]->(:AnonymousSource)-[:SPEAKS_FOR]->(:Node {id: $reportedBy}) })
  AND ($article IS NULL OR EXISTS { (n)<-[:CONTAINS]-(:Article {id: $article}) })
  AND ($periodFrom IS NULL OR coalesce(n.periodEnd, n.periodStart) >= $periodFrom)
  AND ($periodTo IS NULL OR n.periodStart <= $periodTo)
RETURN count(n) AS total
