// The change log that live subscriptions read (cypher/live/): one counter, so concurrent writers MERGE
// the same node, and the log's sequence numbers, read in order from the last one delivered.
CREATE CONSTRAINT change_counter_id IF NOT EXISTS FOR (c:ChangeCounter) REQUIRE c.id IS UNIQUE;
CREATE INDEX change_seq IF NOT EXISTS FOR (c:Change) ON (c.seq);
