// Articles matching the filters, counted without collecting them (with no filter, count-all-articles
// answers from the count store instead).
MATCH (n:Article)
WHERE ($outlet IS NULL OR n.outlet = $outlet)
  AND ($publishedFrom IS NULL OR n.publishedAt >= date($publishedFrom))
  AND ($publishedTo IS NULL OR n.publishedAt <= date($publishedTo))
RETURN count(n) AS total
