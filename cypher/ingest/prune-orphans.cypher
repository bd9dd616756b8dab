// Deletes facts no article contains any more, then entities with no evidence left: not mentioned, not a
// speaker, source, issuer or role holder, and with no such organization below them (ICE keeps DHS).
CALL () {
  UNWIND $factIds AS factId
  MATCH (quote:Quote {id: factId}) WHERE NOT (quote)<-[:CONTAINS]-(:Article)
  // Its speaker counts one fewer (write-article-graph counted it in).
  CALL (quote) {
    MATCH (quote)-[:SAID_BY]->(speaker)
    SET speaker.quoteCount = speaker.quoteCount - CASE quote.kind WHEN 'indirect' THEN 0 ELSE 1 END,
        speaker.claimCount = speaker.claimCount - CASE quote.kind WHEN 'indirect' THEN 1 ELSE 0 END
  }
  DETACH DELETE quote
}
CALL () {
  UNWIND $factIds AS factId
  MATCH (statistic:Statistic {id: factId}) WHERE NOT (statistic)<-[:CONTAINS]-(:Article)
  DETACH DELETE statistic
}
CALL () {
  UNWIND $entityIds AS entityId
  MATCH (e:Node {id: entityId})
  OPTIONAL MATCH (e)-[:PART_OF*1..4]->(parent:Node)
  WITH collect(DISTINCT e) + collect(DISTINCT parent) AS candidates
  UNWIND candidates AS candidate
  WITH DISTINCT candidate
  WHERE NOT EXISTS {
    MATCH (candidate)<-[:PART_OF*0..4]-(d:Node)
    WHERE (d)<-[:MENTIONS]-(:Article)
       OR EXISTS { (d)-[:SAID_BY|ATTRIBUTED_TO|ISSUED_BY|HOLDS_ROLE]-() }
       OR EXISTS { (d)<-[:SPEAKS_FOR]-(:AnonymousSource)<-[:SAID_BY|ATTRIBUTED_TO]-() }
  }
  DETACH DELETE candidate
}
RETURN 1 AS done
