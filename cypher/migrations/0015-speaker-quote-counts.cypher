// A speaker's quotes were counted one index entry at a time for every page's totalCount (18,268 reads for
// the most quoted person at 100,000 articles), and every quote read for quoteCount and for people sorted
// by it. Speakers now carry `quoteCount` (DIRECT and PARTIAL) and `claimCount` (INDIRECT), kept by ingest
// (write-article-graph), pruning (prune-orphans) and merges (merge-entities); this counts them once for
// a graph stored before, through the (speakerKey, textKey, id) index of migration 0014.
MATCH (speaker:Node)
WHERE speaker.quoteCount IS NULL AND EXISTS { (speaker)<-[:SAID_BY]-(:Quote) }
CALL (speaker) {
  SET speaker.quoteCount = COUNT { MATCH (q:Quote) WHERE q.speakerKey = speaker.id + '|quote' },
      speaker.claimCount = COUNT { MATCH (q:Quote) WHERE q.speakerKey = speaker.id + '|claim' }
} IN TRANSACTIONS OF 1000 ROWS;
