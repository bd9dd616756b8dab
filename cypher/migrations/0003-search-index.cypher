// One full-text index for `search` across every kind: names, aliases, quote text, article titles and text.
CREATE FULLTEXT INDEX search IF NOT EXISTS
FOR (n:Person|Organization|Place|Policy|Statistic|Quote|Article|AnonymousSource)
ON EACH [n.name, n.aliasText, n.title, n.text, n.measure, n.description];
