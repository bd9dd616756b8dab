/**
 * The Cypher the project runs lives in `cypher/<area>/<verb-noun>.cypher`, one statement per file.
 * They are read once at start-up into a frozen map whose keys are the typed list below, so a misspelt
 * statement name does not compile and a missing file fails at start-up, not at the first request.
 * Clauses several statements share are written once in a fragment (`cypher/paging/`, `cypher/roles/`),
 * which a statement includes with a line `// include: <dir>/<fragment>`, followed by a line
 * `//   name: text` for each `{{name}}` the fragment leaves open.
 */
import { readFileSync } from 'node:fs';
import { projectPath } from '../runtime/project-files.js';

export const CYPHER_DIR = projectPath('cypher/');

export const STATEMENT_NAMES = [
  'articles/count-all-articles',
  'articles/count-articles',
  'articles/find-article-versions',
  'articles/get-mentions',
  'articles/list-articles-by-ingested-at',
  'articles/list-articles-by-published-at',
  'articles/list-articles-by-title',
  'entities/add-alias',
  'entities/merge-entities',
  'export/get-article-extractions',
  'export/get-nodes-by-id',
  'export/list-adjacent-ids',
  'export/list-article-ids-after',
  'export/list-articles-since',
  'export/list-node-properties',
  'export/list-node-ids-after',
  'export/list-nodes-after',
  'export/list-outgoing-relationships',
  'export/list-reached-ids',
  'export/list-relationship-properties',
  'facts/get-citations',
  'facts/get-evidence',
  'graph/get-neighborhood',
  'ingest/delete-article-facts',
  'ingest/delete-articles',
  'ingest/find-redirects',
  'ingest/find-statistic-candidates',
  'ingest/prune-orphans',
  'ingest/write-article-graph',
  'metrics/transaction-memory',
  'live/get-last-change',
  'live/list-changes-after',
  'live/record-change',
  'migrations/await-indexes',
  'migrations/list-applied',
  'migrations/record-applied',
  'nodes/count-mentions-and-quotes',
  'nodes/get-nodes',
  'organizations/count-members',
  'organizations/count-organizations',
  'organizations/find-organization-candidates',
  'organizations/find-organization-named',
  'organizations/list-members',
  'organizations/list-organizations',
  'paths/find-paths',
  'people/count-all-people',
  'people/count-people',
  'people/find-person-candidates',
  'people/find-person-named',
  'people/get-roles',
  'people/list-all-people-by-name',
  'people/list-all-people-by-quote-count',
  'people/list-people',
  'places/count-places',
  'places/list-places',
  'policies/count-policies',
  'policies/list-policies',
  'quotes/count-quotes',
  'quotes/group-statements-about',
  'quotes/list-quotes',
  'quotes/list-quotes-of-speakers',
  'relations/count-incoming',
  'relations/count-outgoing',
  'relations/get-linked',
  'relations/list-incoming',
  'relations/list-outgoing',
  'search/count-search-hits',
  'search/search-nodes',
  'statistics/count-statistics',
  'statistics/get-disagreements',
  'statistics/list-statistics',
  'statistics/list-statistics-about-place',
  'stats/count-by-kind',
] as const;

export type StatementName = (typeof STATEMENT_NAMES)[number];
export type Statements = Readonly<Record<StatementName, string>>;

/** Fragments statements include rather than run: not statements themselves. */
export const FRAGMENT_DIRS = ['paging/', 'roles/'];

const INCLUDE = /^[ \t]*\/\/ include: ([\w/-]+)[ \t]*$((?:\n[ \t]*\/\/ {3}\w+: .*$)*)/gm;
const FILLING = /\/\/ {3}(\w+): (.*)$/gm;
const BLANK = /\{\{(\w+)\}\}/g;

/** The statement with each include replaced by its fragment, blanks filled. */
function withFragments(text: string, dir: string): string {
  return text.replace(INCLUDE, (_include, fragment: string, fillings: string) => {
    const fill = new Map([...fillings.matchAll(FILLING)].map(([, name, value]) => [name!, value!.trim()]));
    return withFragments(readFileSync(`${dir}${fragment}.cypher`, 'utf8'), dir).replace(
      BLANK,
      (blank, name: string) => {
        const value = fill.get(name);
        if (value === undefined)
          throw new Error(`cypher/${fragment}.cypher leaves ${blank} open, and its include does not fill it.`);
        return value;
      },
    );
  });
}

/**
 * The statement as sent: without comment lines and indentation, which are for readers of the files. Sent,
 * they doubled many statements' bytes, and the driver writes a statement in 1,400-byte chunks, a socket
 * write each (the neighbourhood's 3,673 bytes were three, now 1,671 in two).
 */
export function withoutComments(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'))
    .join('\n');
}

export function loadStatements(dir: string = CYPHER_DIR): Statements {
  const entries = STATEMENT_NAMES.map(
    (name) => [name, withoutComments(withFragments(readFileSync(`${dir}${name}.cypher`, 'utf8'), dir))] as const,
  );
  return Object.freeze(Object.fromEntries(entries) as Record<StatementName, string>);
}
