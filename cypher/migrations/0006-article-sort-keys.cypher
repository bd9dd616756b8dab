// The article list reads each page off an index in sort order instead of sorting every article, so a page
// costs the same at any size. Title and publication date are stored as the keys the list sorts on: the
// title case-folded, the date as text with '' for undated articles (which then sort at one end, as the
// API documents). ingestedAt is always set, so it is indexed as it is. Backfilled in batches: a large
// graph's articles do not fit one transaction's memory (test/integration/migration-under-timeout.test.ts).
MATCH (a:Article) CALL (a) { SET a.titleKey = toLower(coalesce(a.title, '')), a.publishedKey = coalesce(toString(a.publishedAt), '') } IN TRANSACTIONS OF 10000 ROWS;
CREATE INDEX article_title_key IF NOT EXISTS FOR (n:Article) ON (n.titleKey);
CREATE INDEX article_published_key IF NOT EXISTS FOR (n:Article) ON (n.publishedKey);
CREATE INDEX article_ingested_at IF NOT EXISTS FOR (n:Article) ON (n.ingestedAt);
