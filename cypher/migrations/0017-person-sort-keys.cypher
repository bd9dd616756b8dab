// The list of people was read whole and sorted for every page (10,453 people at 10,000 articles, and the
// explorer's home page asks for the ten most quoted). People now carry `nameKey` (the name case-folded,
// set when the person is created: a person's name does not change) and a `quoteCount` of 0 when they
// said nothing, and indexes hold them in both orders, so a page of everyone by name or by quotes reads
// its rows and stops (people/list-all-people-by-name, people/list-all-people-by-quote-count).
MATCH (p:Person)
WHERE p.nameKey IS NULL
CALL (p) {
  SET p.nameKey = toLower(p.name), p.quoteCount = coalesce(p.quoteCount, 0), p.claimCount = coalesce(p.claimCount, 0)
} IN TRANSACTIONS OF 10000 ROWS;
CREATE INDEX person_name_key IF NOT EXISTS FOR (n:Person) ON (n.nameKey, n.id);
CREATE INDEX person_quote_count IF NOT EXISTS FOR (n:Person) ON (n.quoteCount, n.id);
