// What the benchmark's queries ask about, drawn from the graph being measured so every query finds
// something: the most quoted people (popular subjects are asked about most), the places figures are
// about with a word of each figure's measure, and the words those measures use.
CALL () {
  MATCH (p:Person)<-[:SAID_BY]-(q:Quote)
  WHERE q.kind <> 'indirect'
  WITH p, count(q) AS quotes
  ORDER BY quotes DESC, p.id
  LIMIT toInteger($limit)
  RETURN collect(p {.id, .name}) AS people
}
CALL () {
  MATCH (s:Statistic)-[:ABOUT_PLACE]->(place:Place)
  WHERE s.measure IS NOT NULL
  WITH place, s ORDER BY s.id
  LIMIT toInteger($limit)
  RETURN collect({placeId: place.id, measureWord: toLower(split(s.measure, ' ')[-1])}) AS figures
}
RETURN people, figures
