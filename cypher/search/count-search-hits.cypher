// How many nodes the same full-text query and kinds select, counted without collecting them.
CALL db.index.fulltext.queryNodes('search', $lucene) YIELD node AS n
WITH [label IN labels(n) WHERE label <> 'Node'][0] AS label
WHERE $kinds IS NULL OR label IN $kinds
RETURN count(*) AS total
