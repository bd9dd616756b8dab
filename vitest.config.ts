import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql ships CommonJS and ES builds; type-graphql loads one, so everything must load the same one.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'neo4j',
          include: [
            'test/integration/**/*.test.ts',
            'test/api/**/*.test.ts',
            'test/clients/**/*.test.ts',
            'test/e2e/**/*.test.ts',
            'test/bench/**/*.test.ts',
          ],
          // One embedded Neo4j for the whole run, started only when these tests are selected.
          globalSetup: ['test/support/global-setup.ts'],
          // The files share that database; one at a time keeps graph-wide counts meaningful.
          fileParallelism: false,
        },
      },
    ],
  },
});
