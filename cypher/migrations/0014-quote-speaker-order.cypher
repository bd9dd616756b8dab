// A much-quoted official's quotes, by text, were read in full and sorted for every page of ten (1,452
// quotes for the most quoted person at 10,000 articles; ten times that at 100,000). Quotes now carry
// `speakerKey` ("<speaker id>|quote", or "|claim" for what was reported without quotation marks; kept by
// ingest and by merges of speakers) and `textKey` (the words in lower case, cut at 200 characters so the
// index's keys stay bounded), and an index holds each speaker's quotes in that order, so a page reads its
// rows and stops (quotes/list-quotes-of-speakers).
MATCH (q:Quote)
WHERE q.textKey IS NULL
CALL (q) {
  OPTIONAL MATCH (q)-[:SAID_BY]->(speaker)
  SET q.textKey = left(toLower(q.text), 200),
      q.speakerKey = speaker.id + CASE q.kind WHEN 'indirect' THEN '|claim' ELSE '|quote' END
} IN TRANSACTIONS OF 10000 ROWS;
CREATE INDEX quote_speaker_text IF NOT EXISTS FOR (n:Quote) ON (n.speakerKey, n.textKey, n.id);
