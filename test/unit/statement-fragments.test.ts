import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CYPHER_DIR, loadStatements, STATEMENT_NAMES } from '../../db/statements.js';

const statements = loadStatements();
const fragment = (name: string) => readFileSync(`${CYPHER_DIR}${name}.cypher`, 'utf8').trim().split('\n');
/** Lines without their indentation: a fragment included in a subquery is indented further. */
const flat = (lines: readonly string[]) => lines.map((line) => line.trim()).join('\n');

describe('statement fragments', () => {
  it('when the statements are loaded, then no include line is left in any of them', () => {
    expect(STATEMENT_NAMES.filter((name) => statements[name].includes('// include:'))).toEqual([]);
  });

  it('when a statement includes a fragment inside a subquery, then every line of the fragment comes indented like the include line', () => {
    const lines = statements['relations/list-incoming'].split('\n');
    const order = fragment('paging/keyset-order');
    const at = lines.indexOf(`  ${order[0]}`);

    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at, at + order.length)).toEqual(order.map((line) => `  ${line}`));
  });

  it('when the statements are loaded, then every blank a fragment leaves open is filled', () => {
    expect(STATEMENT_NAMES.filter((name) => /\{\{\w+\}\}/.test(statements[name]))).toEqual([]);
  });

  it.each([
    ['articles/list-articles-by-ingested-at', 'n.ingestedAt'],
    ['articles/list-articles-by-published-at', 'n.publishedKey'],
    ['articles/list-articles-by-title', 'n.titleKey'],
  ] as const)(
    'when %s is loaded from the shared article page, then every branch reads and orders by %s',
    (name, sortKey) => {
      const text = statements[name];

      expect(text.match(new RegExp(`ORDER BY ${sortKey}( DESC)?, n\\.id`, 'g'))).toHaveLength(3);
      expect(text).toContain(`WHERE ${sortKey} IS NOT NULL`);
    },
  );

  it.each(
    STATEMENT_NAMES.filter((name) =>
      /\/list-(people|organizations|places|policies|quotes|statistics|incoming|outgoing)$/.test(name),
    ),
  )('when %s is loaded, then it pages by the shared keyset clauses', (name) => {
    const text = flat(statements[name].split('\n'));

    expect(text).toContain(flat(fragment('paging/keyset-after')));
    expect(text).toContain(flat(fragment('paging/keyset-order')));
  });
});
