/** The Cypher files under cypher/, by name (`ingest/write-article-graph`), and their text. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CYPHER_DIR } from '../../db/statements.js';

export function cypherFiles(dir = CYPHER_DIR, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? cypherFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`)
      : entry.name.endsWith('.cypher')
        ? [`${prefix}${entry.name.replace(/\.cypher$/, '')}`]
        : [],
  );
}

export function cypherText(name: string): string {
  return readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8');
}

/**
 * The labels and relationship types a Cypher text spells out (`(n:Person:Node)`, `[:SAID_BY|ISSUED_BY]`,
 * `FOR (n:Person|Place)`, `WHERE m:Article`, `USING INDEX r:HOLDS_ROLE(articleId)`), told apart by Neo4j's
 * convention: labels in PascalCase, types in UPPER_SNAKE_CASE. Comments and strings are left out; a map's
 * `key: value` has a space after the colon, a label never does.
 */
export function cypherNames(text: string): { labels: string[]; types: string[] } {
  const code = text.replace(/\/\/.*$/gm, '').replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
  const names = [...code.matchAll(/[\w([|]:([A-Z]\w*(?:[|:&][A-Z]\w*)*)/g)].flatMap((match) =>
    match[1]!.split(/[|:&]/),
  );
  return {
    labels: [...new Set(names.filter((name) => /[a-z]/.test(name)))],
    types: [...new Set(names.filter((name) => !/[a-z]/.test(name)))],
  };
}
