/**
 * The floor: the benchmark's hand-written Cypher (`cypher/benchmark/`) run straight through neo4j-driver,
 * behind the thinnest HTTP endpoint, so it is measured by the same client over the same loopback as the
 * two GraphQL servers. `POST /query {"statement", "params"}` runs one named statement in a read
 * auto-commit transaction and answers its rows as JSON. Prints `Cypher: <url>` when listening on PORT.
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import express from 'express';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../../runtime/config.js';
import { benchmarkCypher, isBenchmarkStatement } from '../support/benchmark-cypher.js';

const config = loadConfig();
if (!config.neo4j) throw new Error('NEO4J_URI: the raw Cypher server needs the benchmark database');
const { uri, username, password, database } = config.neo4j;
const driver = neo4j.driver(uri, username ? neo4j.auth.basic(username, password) : undefined, {
  disableLosslessIntegers: true,
});

const app = express();
app.disable('x-powered-by');
app.post('/query', express.json({ limit: '100kb' }), async (req, res) => {
  const { statement, params } = req.body as { statement?: unknown; params?: Record<string, unknown> };
  if (!isBenchmarkStatement(statement)) {
    res.status(400).json({ error: `unknown statement ${JSON.stringify(statement)}` });
    return;
  }
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    // An auto-commit transaction: one round-trip, the least a read can cost.
    const result = await session.run(benchmarkCypher(statement), params ?? {});
    res.json(result.records.map((record) => record.toObject()));
  } catch (error) {
    res.status(500).json({ error: error instanceof Error ? error.message : String(error) });
  } finally {
    await session.close();
  }
});
const server = app.listen(config.port, config.host);
await once(server, 'listening');
process.stdout.write(`Cypher: http://${config.host}:${(server.address() as AddressInfo).port}/query\n`);

process.on('SIGTERM', () => {
  server.close();
  void driver.close().then(() => process.exit(0));
});
