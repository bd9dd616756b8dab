import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CYPHER_DIR, loadStatements, STATEMENT_NAMES, withoutComments } from '../../db/statements.js';

const statements = loadStatements();
/** A fragment as it reads in a loaded statement. */
const fragment = (name: string) => withoutComments(readFileSync(`${CYPHER_DIR}${name}.cypher`, 'utf8'));

describe('statement fragments', () => {
  it('when the statements are loaded, then they are sent without comment lines, indentation or blank lines', () => {
    const lines = STATEMENT_NAMES.flatMap((name) => statements[name].split('\n'));

    expect(lines.filter((line) => line.startsWith('//') || line !== line.trim() || line === '')).toEqual([]);
    expect(withoutComments('// why\nMATCH (n)\n\n  // more why\n  RETURN n // kept: code comes first')).toBe(
      'MATCH (n)\nRETURN n // kept: code comes first',
    );
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
    expect(statements[name]).toContain(fragment('paging/keyset-after'));
    expect(statements[name]).toContain(fragment('paging/keyset-order'));
  });
});
