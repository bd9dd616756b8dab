// Waits until every index is online, so the first requests after a migration already read off the new
// indexes (and the statements that name an index in a hint find it). The argument is in seconds.
CALL db.awaitIndexes(600)
