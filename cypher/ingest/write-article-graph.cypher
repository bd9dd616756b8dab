// Writes a batch of articles' whole graphs in one round-trip, in order. Every node is MERGEd on its
// stable id and every relationship on its endpoints (plus the article, for facts), so running it twice
// changes nothing. The subqueries return nothing, so an empty list in one never stops the others.
// Each article comes as one map in $batch: Neo4j caches a plan per combination of parameter types, and
// with one list parameter per kind every empty/non-empty combination cost a new plan (1-4 s each).
// Facts stated per article (HOLDS_ROLE, ISSUED_BY, ATTRIBUTED_TO) are not MERGEd: every article that states
// a role adds its own relationship, so a person and an agency come to share thousands, and MERGE walks
// them all on each write (ingest slowed with the corpus's size). The article's own is looked up through
// its articleId index and created when missing; rows are grouped by their key first, so no two rows of
// one statement create the same relationship.
// Every lookup is a unique-constraint seek or a hinted index seek, so the plan made for an empty store
// is the plan for a large one: `replan=skip` keeps Neo4j from planning it again (1-1.5 s of CPU each
// time) whenever the counts grow past its threshold, as they do all through a first load.
CYPHER replan=skip
UNWIND $batch AS rows
WITH rows, rows.article AS row
MERGE (a:Article:Node {id: row.id})
SET a.title = row.title, a.outlet = row.outlet, a.url = row.url, a.source = row.source, a.author = row.author,
    a.text = row.text, a.inferred = row.inferred, a.boilerplate = row.boilerplate,
    a.extractorVersion = row.extractorVersion, a.fingerprint = row.fingerprint,
    a.publishedAt = CASE WHEN row.publishedAt IS NULL THEN null ELSE date(row.publishedAt) END,
    // The keys the article list pages on (migration 0006).
    a.titleKey = toLower(coalesce(row.title, '')), a.publishedKey = coalesce(toString(date(row.publishedAt)), ''),
    a.ingestedAt = coalesce(a.ingestedAt, datetime.truncate('millisecond', datetime()))
WITH a, rows

CALL (a, rows) {
  UNWIND rows.people AS row
  MERGE (p:Person:Node {id: row.id})
  // nameKey and the counts order the list of people through indexes (migration 0017).
  ON CREATE SET p.name = row.name, p.nameKey = toLower(row.name), p.quoteCount = 0, p.claimCount = 0
  SET p.aliases = reduce(acc = coalesce(p.aliases, []), x IN row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END),
      p.titles = reduce(acc = coalesce(p.titles, []), x IN row.titles | CASE WHEN x IN acc THEN acc ELSE acc + x END)
  SET p.aliasText = reduce(s = '', x IN p.aliases | s + ' ' + x)
}

CALL (a, rows) {
  UNWIND rows.organizations AS row
  MERGE (o:Organization:Node {id: row.id})
  ON CREATE SET o.name = row.name
  SET o.acronym = coalesce(o.acronym, row.acronym),
      o.kind = CASE WHEN o.kind IS NULL OR o.kind = 'other' OR row.known THEN row.kind ELSE o.kind END,
      o.known = coalesce(o.known, false) OR row.known,
      o.aliases = reduce(acc = coalesce(o.aliases, []), x IN row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END)
  SET o.aliasText = reduce(s = '', x IN o.aliases | s + ' ' + x)
}

CALL (a, rows) {
  UNWIND rows.organizations AS row
  MATCH (o:Organization {id: row.id})
  MATCH (parent:Organization {id: row.parentId})
  MERGE (o)-[:PART_OF]->(parent)
}

CALL (a, rows) {
  UNWIND rows.places AS row
  MERGE (p:Place:Node {id: row.id})
  ON CREATE SET p.name = row.name, p.kind = row.kind
  SET p.aliasText = p.name
}

CALL (a, rows) {
  UNWIND rows.anonymousSources AS row
  MERGE (s:AnonymousSource:Node {id: row.id})
  SET s.description = row.description
  WITH s, row
  MATCH (o:Organization {id: row.organizationId})
  MERGE (s)-[:SPEAKS_FOR]->(o)
}

CALL (a, rows) {
  UNWIND rows.policies AS row
  MERGE (p:Policy:Node {id: row.id})
  ON CREATE SET p.name = row.name, p.kind = row.kind
  SET p.date = coalesce(p.date, row.date), p.aliasText = p.name
}

CALL (a, rows) {
  UNWIND rows.policies AS row
  WITH a, row.id AS policyId, row.issuerId AS issuerId, collect(row)[-1] AS row
  MATCH (p:Policy {id: policyId})
  MATCH (issuer:Node {id: issuerId})
  OPTIONAL MATCH (p)-[stated:ISSUED_BY {articleId: a.id}]->(issuer) USING INDEX stated:ISSUED_BY(articleId)
  SET stated += row.evidence
  FOREACH (_ IN CASE WHEN stated IS NULL THEN [1] ELSE [] END |
    CREATE (p)-[r:ISSUED_BY {articleId: a.id}]->(issuer) SET r += row.evidence)
}

CALL (a, rows) {
  UNWIND rows.mentions AS row
  MATCH (e:Node {id: row.id})
  MERGE (a)-[m:MENTIONS]->(e)
  SET m.count = row.count, m.starts = row.starts, m.ends = row.ends
}

CALL (a, rows) {
  UNWIND rows.roles AS row
  WITH a, row.personId AS personId, row.organizationId AS organizationId, row.title AS title, collect(row)[-1] AS row
  MATCH (p:Person {id: personId})
  MATCH (o:Organization {id: organizationId})
  OPTIONAL MATCH (p)-[stated:HOLDS_ROLE {articleId: a.id, title: title}]->(o) USING INDEX stated:HOLDS_ROLE(articleId)
  SET stated.former = row.former, stated += row.evidence
  // The role's key, on the statement and in the person's list, lets a person's roles be read one index
  // seek per role, not one read per article stating it; a new role's first statement leads it, carrying
  // the member key its organization's people are listed by (migration 0016). The people block's SET
  // locked the person, so a concurrent load of the same role waits and then sees it.
  WITH a, p, o, title, row, stated, p.id + '|' + o.id + '|' + title AS roleKey
  WITH a, p, o, title, row, stated, roleKey, NOT roleKey IN coalesce(p.roleKeys, []) AS newRole
  FOREACH (_ IN CASE WHEN stated IS NULL THEN [1] ELSE [] END |
    CREATE (p)-[r:HOLDS_ROLE {articleId: a.id, title: title, roleKey: roleKey}]->(o)
    SET r.former = row.former, r += row.evidence,
        r.memberKey = CASE WHEN newRole THEN o.id + '|' + p.id + '|' + title END)
  SET p.roleKeys = CASE WHEN newRole THEN coalesce(p.roleKeys, []) + roleKey ELSE p.roleKeys END
}

CALL (a, rows) {
  UNWIND rows.quotes AS row
  MERGE (q:Quote:Node {id: row.id})
  ON CREATE SET q.text = row.text, q.kind = row.kind, q.textKey = left(toLower(row.text), 200)
  MERGE (a)-[c:CONTAINS]->(q)
  // `fact` lets the full-text index keep to quotes' sentences (migration 0008); `context` is the sentence
  // that introduced the quote, searched beside its own (migration 0010).
  SET c += row.evidence, c.fact = 'quote', c.context = row.context
  WITH q, row
  MATCH (speaker:Node {id: row.speakerId})
  MERGE (q)-[:SAID_BY]->(speaker)
  // The speaker's counts of quotes and claims go up with each new one (prune-orphans takes them down,
  // merges add them up), so a count is one property, not one read per quote (migration 0015). Reading
  // the count in the SET locks the speaker first: concurrent loads add up, never overwrite.
  ON CREATE SET speaker.quoteCount = coalesce(speaker.quoteCount, 0) + CASE q.kind WHEN 'indirect' THEN 0 ELSE 1 END,
                speaker.claimCount = coalesce(speaker.claimCount, 0) + CASE q.kind WHEN 'indirect' THEN 1 ELSE 0 END
  // Each speaker's quotes in text order, through an index (migration 0014).
  SET q.speakerKey = speaker.id + CASE q.kind WHEN 'indirect' THEN '|claim' ELSE '|quote' END
}

CALL (a, rows) {
  UNWIND rows.statistics AS row
  MERGE (s:Statistic:Node {id: row.id})
  ON CREATE SET s.value = row.value, s.valueHigh = row.valueHigh, s.vague = row.vague, s.qualifier = row.qualifier,
                s.unit = row.unit, s.unitClass = row.unitClass, s.measure = row.measure, s.measureWords = row.measureWords,
                s.valueKey = coalesce(toFloat(row.value), -1.0), s.period = row.period, s.periodStart = row.periodStart, s.periodEnd = row.periodEnd, s.name = row.text
  // Like the measure, period and qualifier they come from, the comparison key and claimed range are kept
  // once set (an article citing the figure again must not change it); a figure stored before they
  // existed, or without a key, gets them from the next article that has them (migration 0009).
  SET s.comparisonKey = coalesce(s.comparisonKey, row.comparisonKey), s.claimed = coalesce(s.claimed, row.claimed)
  MERGE (a)-[c:CONTAINS]->(s)
  SET c += row.evidence, c.text = row.text, c.qualifier = row.qualifier, c.measure = row.measure
  WITH s, row
  OPTIONAL MATCH (place:Place {id: row.placeId})
  // placeId orders a place's figures through an index (migration 0013); a figure reused by an article
  // about a place takes it only when it had none (a place is compatible only when equal or unknown).
  FOREACH (_ IN CASE WHEN place IS NULL THEN [] ELSE [1] END | MERGE (s)-[:ABOUT_PLACE]->(place) SET s.placeId = coalesce(s.placeId, place.id))
}

CALL (a, rows) {
  UNWIND rows.statistics AS row
  WITH DISTINCT a, row.id AS statisticId, row.sourceId AS sourceId
  MATCH (s:Statistic {id: statisticId})
  MATCH (source:Node {id: sourceId})
  OPTIONAL MATCH (s)-[stated:ATTRIBUTED_TO {articleId: a.id}]->(source) USING INDEX stated:ATTRIBUTED_TO(articleId)
  FOREACH (_ IN CASE WHEN stated IS NULL THEN [1] ELSE [] END | CREATE (s)-[:ATTRIBUTED_TO {articleId: a.id}]->(source))
}

RETURN count(a) AS written
