// whoSaid searched only a quote's own sentence, so "X praised the prosecutions. “They work,” X said."
// was not found for "prosecutions". A quote's CONTAINS now also holds `context`, the sentence that
// introduced it (computed at ingest: the rule lives in code, so it cannot be backfilled here; every
// article with such a quote gets a new fingerprint, so re-ingesting the same files writes it), and the
// index covers it beside `sentence` and `fact`. A full-text index cannot gain a property, so it is
// replaced: the new one first, so a server still running the old statements keeps its index meanwhile.
CREATE FULLTEXT INDEX quote_context_search IF NOT EXISTS
FOR ()-[r:CONTAINS]-()
ON EACH [r.sentence, r.context, r.fact];
DROP INDEX quote_sentence_search IF EXISTS;
