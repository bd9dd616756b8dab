import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, schemaSdl } from '../../resolvers/build-schema.js';

describe('schema.graphql', () => {
  it('when the schema is built from the code, then it equals the committed SDL (run `npm run print-schema`)', async () => {
    expect(await schemaSdl()).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
  });
});
