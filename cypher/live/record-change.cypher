// Logs what a write transaction changed, as its last statement, under the next sequence number. The
// counter's write lock is taken before its value is read (the `_lock` write), and held until commit, so
// sequence numbers are given in commit order: a reader that has seen number n has seen every change up
// to n, whichever process wrote it (`npm run ingest` or the server). Being last in the transaction, the
// lock is held only for the commit. Entries older than the last $keep are dropped as new ones come.
MERGE (counter:ChangeCounter {id: 'changes'})
ON CREATE SET counter.seq = 0
SET counter._lock = true
WITH counter, counter.seq + 1 AS seq
SET counter.seq = seq
REMOVE counter._lock
CREATE (change:Change {seq: seq, at: datetime(), articleIds: $articleIds, outcomes: $outcomes, entityIds: $entityIds, entityChanges: $entityChanges, mergedInto: $mergedInto})
WITH change
CALL (change) {
  MATCH (old:Change) WHERE old.seq <= change.seq - toInteger($keep)
  DELETE old
}
RETURN change.seq AS seq
