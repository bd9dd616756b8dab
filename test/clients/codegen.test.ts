/**
 * GraphQL Code Generator over `examples/`, as a TypeScript front end runs it: the generated types compile
 * under `tsc --strict`, and every union or interface an example selects can be told apart by
 * `__typename` (a discriminated union in the generated types).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  Kind,
  TypeInfo,
  buildSchema,
  isAbstractType,
  getNamedType,
  parse,
  visit,
  visitWithTypeInfo,
  type SelectionSetNode,
} from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { readExamples } from '../../server/playground.js';
import { SCHEMA_FILE } from '../../resolvers/build-schema.js';
import { REPO_ROOT } from '../support/load-articles.js';

const run = promisify(execFile);
const work = mkdtempSync(path.join(tmpdir(), 'newsgraph-codegen-'));
const bin = (name: string) => path.join(REPO_ROOT, 'node_modules', '.bin', name);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('GraphQL Code Generator over examples/', () => {
  it('when every example selects a union or interface, then it selects __typename there too', () => {
    const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
    const missing: string[] = [];
    for (const example of readExamples()) {
      const typeInfo = new TypeInfo(schema);
      visit(
        parse(example.query),
        visitWithTypeInfo(typeInfo, {
          SelectionSet(node: SelectionSetNode) {
            const parent = typeInfo.getParentType();
            const type = parent && getNamedType(parent);
            if (!type || !isAbstractType(type)) return;
            const typename = node.selections.some(
              (selection) => selection.kind === Kind.FIELD && selection.name.value === '__typename',
            );
            if (!typename)
              missing.push(`${example.name}: a selection on ${type.name} at line ${node.loc?.startToken.line}`);
          },
        }),
      );
    }

    expect(missing).toEqual([]);
  });

  it(
    'when codegen runs over examples/ and tsc --strict checks the types and code that narrows on __typename, then both succeed',
    { timeout: 180_000 },
    async () => {
      const types = path.join(work, 'types.ts');
      writeFileSync(
        path.join(work, 'codegen.json'),
        JSON.stringify({
          schema: SCHEMA_FILE,
          documents: path.join(REPO_ROOT, 'examples', '*.graphql'),
          generates: {
            [types]: {
              plugins: ['typescript-operations'],
              config: { strictScalars: true, scalars: { Date: 'string', DateTime: 'string' }, enumsAsTypes: true },
            },
          },
        }),
      );
      // What a front end writes: a speaker's label, by kind, with no cast.
      writeFileSync(
        path.join(work, 'use.ts'),
        `import type { WhoSaidWhatAboutProsecutionsQuery } from './types.js';
type Speaker = NonNullable<WhoSaidWhatAboutProsecutionsQuery['whoSaid']['edges'][number]['node']['speaker']>;
export function label(speaker: Speaker): string {
  switch (speaker.__typename) {
    case 'Person': return speaker.name;
    case 'Organization': return speaker.name;
    case 'AnonymousSource': return speaker.description;
  }
}
`,
      );

      await run(bin('graphql-codegen'), ['--config', path.join(work, 'codegen.json')], { cwd: REPO_ROOT });
      const compiled = await run(
        bin('tsc'),
        [
          '--strict',
          '--noEmit',
          '--skipLibCheck',
          '--target',
          'es2022',
          '--module',
          'nodenext',
          '--moduleResolution',
          'nodenext',
          path.join(work, 'use.ts'),
          types,
        ],
        { cwd: work },
      ).then(
        () => 'ok',
        (error: { stdout?: string }) => error.stdout ?? String(error),
      );

      const generated = readFileSync(types, 'utf8');
      for (const operation of ['LatestArticlesQuery', 'WhoSaidWhatAboutProsecutionsQuery', 'GraphAroundIceQuery'])
        expect(generated).toContain(`export type ${operation} =`);
      expect(compiled).toBe('ok');
    },
  );
});
