/**
 * What the process counts for operators, in one Prometheus registry served at `/metrics` (see
 * "Operations" in README.md for what to watch and which setting each one points to). Defined once per
 * process, here, so the server, the supervisor, the executor and the loaders add to the same series.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export const registry = new Registry();
// The process's CPU, memory, event-loop lag and garbage collection, under prom-client's standard names.
collectDefaultMetrics({ register: registry });

export const graphqlRequests = new Counter({
  name: 'newsgraph_graphql_requests_total',
  help: 'GraphQL requests answered, by operation name and type.',
  labelNames: ['operation', 'type'] as const,
  registers: [registry],
});

export const graphqlDuration = new Histogram({
  name: 'newsgraph_graphql_request_duration_seconds',
  help: 'Time from receiving a GraphQL request to sending its answer, by operation name.',
  labelNames: ['operation'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers: [registry],
});

export const graphqlErrors = new Counter({
  name: 'newsgraph_graphql_errors_total',
  help: 'Errors in GraphQL answers, by extensions.code.',
  labelNames: ['code'] as const,
  registers: [registry],
});

export const neo4jSessionsOpen = new Gauge({
  name: 'newsgraph_neo4j_sessions_open',
  help: 'Neo4j sessions in use or waiting for a connection (the driver pool holds at most 100 connections).',
  registers: [registry],
});

export const neo4jUp = new Gauge({
  name: 'newsgraph_neo4j_up',
  help: '1 when Neo4j answered the last scrape, 0 when it did not.',
  registers: [registry],
});

export const neo4jTransactionsOpen = new Gauge({
  name: 'newsgraph_neo4j_transactions_open',
  help: 'Transactions open in Neo4j at the last scrape (the scrape\u2019s own excluded).',
  registers: [registry],
});

export const neo4jTransactionMemory = new Gauge({
  name: 'newsgraph_neo4j_transaction_memory_bytes',
  help: 'Heap memory held by the transactions open in Neo4j at the last scrape, by its own estimate.',
  registers: [registry],
});

export const neo4jRestarts = new Counter({
  name: 'newsgraph_neo4j_restarts_total',
  help: 'Times the embedded Neo4j exited unexpectedly and was started again.',
  registers: [registry],
});

export const rateLimited = new Counter({
  name: 'newsgraph_rate_limited_total',
  help: 'Requests refused with 429 because their client was over its rate, by kind (read or mutation).',
  labelNames: ['kind'] as const,
  registers: [registry],
});

export const ingestArticles = new Counter({
  name: 'newsgraph_ingest_articles_total',
  help: 'Articles loaded, by outcome (new, updated, unchanged, failed).',
  labelNames: ['outcome'] as const,
  registers: [registry],
});
