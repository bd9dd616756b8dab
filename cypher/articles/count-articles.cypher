// Counted without collecting nodes; with no filter this is answered from the count store.
MATCH (n:Article)
WHERE ($outlet IS NULL OR n.outlet = $outlet)
  AND ($publishedFrom IS NULL OR n.publishedAt >= date($publishedFrom))
  AND ($publishedTo IS NULL OR n.publishedAt <= date($publishedTo))
RETURN count(n) AS total
