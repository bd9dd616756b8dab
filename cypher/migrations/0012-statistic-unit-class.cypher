// Finding the stored figure an article cites again read every stored figure of the same value and a
// shared measure word (at 100,000 articles about 30 per figure, growing with the graph, and most of them
// compatible: a figure with no place or period is compatible with all), so ingest slowed as the graph
// grew. Only the first compatible one in id order is ever reused, so the lookup now reads figures of the
// value in id order, through an index on (value, id), and stops at the first that isSameClaim would
// accept. That needs every condition of isSameClaim in the database, the unit's class included: figures
// carry `unitClass`, written at ingest by loaders/write/statistic-identity.ts `unitClass`. Figures stored
// before get it here from the same rule spelt in Cypher (stemmed, then folded by the same synonyms);
// test/integration/statistic-unit-class.test.ts holds the two to the same answers.
MATCH (s:Statistic) WHERE s.unit IS NOT NULL AND s.unitClass IS NULL
CALL (s) {
  WITH s, toLower(s.unit) AS unit
  WITH s, CASE
      WHEN size(unit) <= 3 THEN unit
      WHEN unit ENDS WITH 'ies' THEN left(unit, size(unit) - 3) + 'y'
      WHEN unit ENDS WITH 's' AND NOT unit ENDS WITH 'ss' THEN left(unit, size(unit) - 1)
      ELSE unit
    END AS stemmed
  SET s.unitClass = coalesce({
      prosecution: 'case', charge: 'case', indictment: 'case', removal: 'deportation', deportee: 'deportation',
      immigrant: 'person', migrant: 'person', alien: 'person', individual: 'person', people: 'person',
      percentage: 'percent', `%`: 'percent'
    }[stemmed], stemmed)
} IN TRANSACTIONS OF 10000 ROWS;
CREATE INDEX statistic_value_id IF NOT EXISTS FOR (n:Statistic) ON (n.value, n.id);
