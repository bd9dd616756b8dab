// How many quotes the same filters select, counted without collecting them.
MATCH (n:Quote)
WHERE ($kinds IS NULL OR n.kind IN $kinds)
  AND ($textContains IS NULL OR toLower(n.text) CONTAINS toLower($textContains))
  AND ($speaker IS NULL
       OR ($speakerScope <> 'ANONYMOUS' AND EXISTS { (n)-[:SAID_BY]->(:Node {id: $speaker}) })
       OR ($speakerScope <> 'OFFICIAL' AND EXISTS { (n)-[:SAID_BY]->(:AnonymousSource)-[:SPEAKS_FOR]->(:Node {id: $speaker}) }))
  AND ($article IS NULL OR EXISTS { (n)<-[:CONTAINS]-(:Article {id: $article}) })
  AND ($subject IS NULL OR EXISTS { (n)<-[c:CONTAINS]-(:Article) WHERE toLower(c.sentence) CONTAINS toLower($subject) })
  AND ($publishedFrom IS NULL OR EXISTS { (n)<-[:CONTAINS]-(a:Article) WHERE a.publishedAt >= date($publishedFrom) })
  AND ($publishedTo IS NULL OR EXISTS { (n)<-[:CONTAINS]-(a:Article) WHERE a.publishedAt <= date($publishedTo) })
RETURN count(n) AS total
