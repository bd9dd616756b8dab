// Sentences live on CONTAINS relationships; a full-text index on them lets `whoSaid` find quotes by the
// sentence around them without scanning every CONTAINS.
CREATE FULLTEXT INDEX sentence_search IF NOT EXISTS
FOR ()-[r:CONTAINS]-()
ON EACH [r.sentence];
