// Where each article names the people, organizations, places and policies it mentions: one row per
// article and node, with the character offsets the loader recorded (`starts`, `ends`, UTF-16, in step),
// for many articles in one round-trip. The explorer marks them in the text from these offsets.
UNWIND $ids AS id
MATCH (:Article {id: id})-[m:MENTIONS]->(n:Node)
RETURN id, [label IN labels(n) WHERE label <> 'Node'][0] AS label, n {.*} AS node, m.starts AS starts, m.ends AS ends
ORDER BY id, n.id
