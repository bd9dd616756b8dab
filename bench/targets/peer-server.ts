/**
 * The peer, served the way ours is: Express 5 and Apollo Server 5 on the @neo4j/graphql schema, with
 * introspection off and CSRF prevention on. Started by the benchmark as a process of its own against
 * NEO4J_URI; prints `GraphQL: <url>` when listening on PORT (0: any free port).
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { createDriver } from '../../db/connect.js';
import { loadConfig } from '../../runtime/config.js';
import { createPeerSchema } from '../peer/peer-schema.js';

const config = loadConfig();
if (!config.neo4j) throw new Error('NEO4J_URI: the peer server needs the benchmark database');
const driver = createDriver(config.neo4j.uri, config.neo4j.username, config.neo4j.password);
const apollo = new ApolloServer({ schema: await createPeerSchema(driver), introspection: false, csrfPrevention: true });
await apollo.start();

const app = express();
app.disable('x-powered-by');
app.use('/graphql', express.json({ limit: '100kb' }), expressMiddleware(apollo, { context: async () => ({}) }));
const server = app.listen(config.port, config.host);
await once(server, 'listening');
process.stdout.write(`GraphQL: http://${config.host}:${(server.address() as AddressInfo).port}/graphql\n`);

process.on('SIGTERM', () => {
  server.close();
  void apollo
    .stop()
    .then(() => driver.close())
    .then(() => process.exit(0));
});
