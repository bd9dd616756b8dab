// Dashboard counts. Each is a COUNT over a label (answered from the count store) or over one property of
// a label; no node is collected. Quotes are words in quotation marks (direct, partial); claims are
// reported statements (indirect).
RETURN
  COUNT { (:Article) } AS articles,
  COUNT { (:Person) } AS people,
  COUNT { (:Organization) } AS organizations,
  COUNT { (o:Organization) WHERE o.kind = 'agency' } AS agencies,
  COUNT { (:Place) } AS places,
  COUNT { (:Policy) } AS policies,
  COUNT { (:Statistic) } AS statistics,
  COUNT { (q:Quote) WHERE q.kind IN ['direct', 'partial'] } AS quotes,
  COUNT { (q:Quote) WHERE q.kind = 'indirect' } AS claims,
  COUNT { (:AnonymousSource) } AS anonymousSources,
  COUNT { ()-[]->() } AS relationships
