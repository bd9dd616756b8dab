// `whoSaid` matches quoted words. In the shared `search` index the `text` field also holds every article's
// body, so a subject found the articles too, only to drop them: a full-text index of quotes alone.
CREATE FULLTEXT INDEX quote_search IF NOT EXISTS
FOR (q:Quote)
ON EACH [q.text];
