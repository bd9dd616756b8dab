// The nodes of one page of an export's scope (a neighbourhood, the articles since a date and what they hold).
UNWIND $ids AS wanted
MATCH (n:Node {id: wanted})
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
ORDER BY n.id
