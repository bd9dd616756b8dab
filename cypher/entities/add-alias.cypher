MATCH (n:Node {id: $id})
WHERE n:Person OR n:Organization OR n:Place OR n:Policy
SET n.aliases = CASE WHEN $alias IN coalesce(n.aliases, []) THEN n.aliases ELSE coalesce(n.aliases, []) + $alias END
SET n.aliasText = reduce(s = '', x IN n.aliases | s + ' ' + x)
RETURN n.id AS id
