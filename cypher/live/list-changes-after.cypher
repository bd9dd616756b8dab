// The changes logged after sequence number $after, in order: what the server has not yet delivered to
// its subscribers. One seek on the change_seq index.
MATCH (change:Change)
WHERE change.seq > $after
RETURN change.seq AS seq, change.articleIds AS articleIds, change.outcomes AS outcomes,
       change.entityIds AS entityIds, change.entityChanges AS entityChanges, change.mergedInto AS mergedInto
ORDER BY change.seq
LIMIT toInteger($limit)
