// What the open transactions hold, for /metrics: when the total nears Neo4j's pool for transactions,
// requests start failing with DATABASE_BUSY (raise NEO4J_HEAP). Scrapes (this statement) are left out.
SHOW TRANSACTIONS YIELD currentQuery, estimatedUsedHeapMemory
WHERE NOT currentQuery CONTAINS 'SHOW TRANSACTIONS'
RETURN count(*) AS open, coalesce(sum(estimatedUsedHeapMemory), 0) AS bytes
