// Figures about a place whose measure mentions a word, smallest first.
MATCH (s:Statistic)-[:ABOUT_PLACE]->(:Place {id: $place})
WHERE toLower(s.measure) CONTAINS $measure
RETURN s {.id, .name, .value, .measure, .period} AS statistic
ORDER BY s.value, s.id
LIMIT 20
