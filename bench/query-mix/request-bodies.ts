/**
 * The request bodies a load run cycles through: one query over every case, or the whole mix (queries
 * interleaved by weight). Every target gets the same questions in the same order.
 */
import type { Case } from './cases.js';
import { QUERIES, type BenchQuery, type PageCursors } from './queries.js';

export type TargetName = 'ours' | 'neo4jGraphql' | 'rawCypher';

function body(query: BenchQuery, target: TargetName, c: Case, index: number, cursors: PageCursors): string {
  const page = index % (cursors.ours.length + 1);
  if (target === 'ours') return JSON.stringify(query.ours(c, page, cursors));
  if (target === 'neo4jGraphql') return JSON.stringify(query.peer(c, page, cursors));
  return JSON.stringify(query.raw(c, page, cursors));
}

export function queryBodies(
  query: BenchQuery,
  target: TargetName,
  cases: readonly Case[],
  cursors: PageCursors,
): string[] {
  return cases.map((c, i) => body(query, target, c, i, cursors));
}

/** Each query as often as its weight says, spread out rather than in runs. */
export function mixSchedule(): BenchQuery[] {
  const total = QUERIES.reduce((sum, q) => sum + q.weight, 0);
  const schedule: BenchQuery[] = [];
  const credit = QUERIES.map(() => 0);
  for (let slot = 0; slot < total; slot++) {
    QUERIES.forEach((q, i) => (credit[i]! += q.weight));
    const pick = credit.indexOf(Math.max(...credit));
    credit[pick]! -= total;
    schedule.push(QUERIES[pick]!);
  }
  return schedule;
}

export function mixBodies(target: TargetName, cases: readonly Case[], cursors: PageCursors): string[] {
  const schedule = mixSchedule();
  return Array.from({ length: schedule.length * 4 }, (_, i) =>
    body(schedule[i % schedule.length]!, target, cases[i % cases.length]!, i, cursors),
  );
}
