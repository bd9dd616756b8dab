// For each figure of an article, the stored figure it cites again, if any: the first in id order (so the
// one reused does not depend on storage order) that is the same claim by every condition of isSameClaim
// (loaders/write/statistic-identity.ts): the same value and range, compatible units, periods and places,
// a measure word in common. Figures of a value are read in id order through the (value, id) index and
// the first that qualifies ends the read (the hint and `id IS NOT NULL` make the planner take that index
// rather than the one on value alone): a common value is shared by hundreds of stored figures, and
// reading them all made ingest slow down as the graph grew (migration 0012). The hint says SEEK: on a
// store of a few hundred figures, as at the start of a first load, the planner chose to scan the whole
// index in order instead, and kept that plan until its next replan. The figure's own id is passed over,
// so reloading an article finds what it found the first time.
UNWIND $claims AS claim
CALL (claim) {
  MATCH (s:Statistic) USING INDEX SEEK s:Statistic(value, id)
  WHERE s.value = claim.value AND s.id IS NOT NULL AND s.id <> claim.id
    // Equal or both absent, written without OR: on an empty store the planner split that OR into two
    // seeks whose union lost the index's order, so every figure of the value was read and sorted. A
    // number never equals the text.
    AND coalesce(s.valueHigh, 'none') = coalesce(claim.valueHigh, 'none')
    AND (s.unitClass IS NULL OR claim.unitClass IS NULL OR s.unitClass = claim.unitClass)
    AND (s.periodStart IS NULL OR claim.periodStart IS NULL OR s.periodStart = claim.periodStart)
    AND any(word IN s.measureWords WHERE word IN claim.measureWords)
    AND (claim.placeId IS NULL OR NOT EXISTS { (s)-[:ABOUT_PLACE]->(:Place) } OR EXISTS { (s)-[:ABOUT_PLACE]->(:Place {id: claim.placeId}) })
  RETURN s
  // By value too, though it is fixed: only an order the (value, id) index holds lets the read stop early.
  ORDER BY s.value, s.id
  LIMIT 1
}
OPTIONAL MATCH (s)-[:ABOUT_PLACE]->(place:Place)
WITH DISTINCT s, place
RETURN s.id AS id, s.value AS value, s.valueHigh AS valueHigh, s.unit AS unit, s.periodStart AS periodStart,
       place.id AS placeId, s.measureWords AS measureWords
ORDER BY s.id
