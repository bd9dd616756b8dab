// Disagreements were found by comparing each figure's measure words with every stored figure's, loosely
// enough that a share and a count of one thing disagreed. Figures now carry a `comparisonKey` and the
// range of values they claim (`claimed`), computed at ingest (the rule lives in code, so it cannot be
// backfilled here); figures stored before have neither and disagree with nothing until an article
// citing them is written again (every stored article's fingerprint changes with the new fields, so
// re-ingesting the same files rewrites them).
CREATE INDEX statistic_comparison_key IF NOT EXISTS FOR (n:Statistic) ON (n.comparisonKey);
