// whoSaid finds quotes by the sentence around them. The sentence index covered every CONTAINS, and
// figures' sentences were most of its hits (83,000 of 115,000 for "deport*" at 30,000 articles), each
// dropped only after Lucene had found it. A quote's CONTAINS now says `fact: 'quote'`, and the index
// holds that as a field, so Lucene itself keeps to quotes' sentences. Marked in batches: a large graph's
// quotes do not fit one transaction's memory.
MATCH (:Article)-[c:CONTAINS]->(:Quote) CALL (c) { SET c.fact = 'quote' } IN TRANSACTIONS OF 10000 ROWS;
DROP INDEX sentence_search IF EXISTS;
CREATE FULLTEXT INDEX quote_sentence_search IF NOT EXISTS
FOR ()-[r:CONTAINS]-()
ON EACH [r.sentence, r.fact];
