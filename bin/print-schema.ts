/** Writes the schema's SDL to `schema.graphql` (committed, so schema changes show up in review). */
import { writeFileSync } from 'node:fs';
import { SCHEMA_FILE, schemaSdl } from '../resolvers/index.js';

writeFileSync(SCHEMA_FILE, await schemaSdl());
process.stderr.write(`wrote ${SCHEMA_FILE}\n`);
