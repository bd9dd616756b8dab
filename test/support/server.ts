/** The real app inside the test process: Apollo for `executeOperation`, and HTTP on port 0 when needed. */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Executor } from '../../db/executor.js';
import { loadConfig } from '../../runtime/config.js';
import { createApp } from '../../server/create-app.js';
import { createContext } from '../../resolvers/context/context.js';
import { startSubscriptions, type Subscriptions } from '../../server/subscriptions.js';
import { testLogger } from './database.js';

export async function startTestServer(executor: Executor, env: Record<string, string> = {}) {
  const config = loadConfig({ NODE_ENV: 'test', ...env });
  const { app, apollo, stop } = await createApp(config, executor, testLogger);
  let http: Server | undefined;
  let live: Subscriptions | undefined;
  return {
    apollo,
    /** Runs an operation as an anonymous (or, with `authenticated`, keyed) client; returns the single result. */
    async execute(query: string, variables: Record<string, unknown> = {}, authenticated = false) {
      const contextValue = createContext(executor, authenticated, { maxPageSize: config.limits.maxPageSize });
      const response = await apollo.executeOperation({ query, variables }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return { ...response.body.singleResult, roundTrips: contextValue.executor.roundTrips };
    },
    async listen(): Promise<string> {
      http = app.listen(0, '127.0.0.1');
      await new Promise((resolve) => http!.once('listening', resolve));
      // Subscriptions on the same port and path, as `npm start` serves them.
      live = await startSubscriptions(http, config, executor, testLogger);
      return `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    },
    async close() {
      await live?.close();
      await new Promise((resolve) => (http ? http.close(resolve) : resolve(undefined)));
      await stop();
    },
  };
}
