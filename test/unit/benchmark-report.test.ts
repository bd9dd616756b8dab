import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderBenchmarks } from '../../bench/report/render-markdown.js';
import type { BenchmarkResults } from '../../bench/report/results.js';

const measured = JSON.parse(
  readFileSync(new URL('../../bench/results/bench-1000.json', import.meta.url), 'utf8'),
) as BenchmarkResults;

type Editable = {
  load: Record<string, Record<string, Record<string, Record<string, unknown>>>>;
  profiles: Record<string, Record<string, Record<string, unknown>>>;
};

/** Measured 1,000-article results with every answer made an error-free one. */
function withoutFailures(): Editable {
  const copy = structuredClone(measured) as unknown as Editable;
  for (const workloads of Object.values(copy.load))
    for (const targets of Object.values(workloads))
      for (const f of Object.values(targets)) Object.assign(f, { errors: 0, firstError: null });
  for (const targets of Object.values(copy.profiles)) for (const p of Object.values(targets)) delete p.error;
  return copy;
}

/** The same, with the peer failing every article-page request at 8 clients and its PROFILE. */
function withPeerFailure(): BenchmarkResults {
  const copy = withoutFailures();
  const figures = copy.load['8']!['article-page']!.neo4jGraphql!;
  Object.assign(figures, {
    errors: figures.requests,
    rps: 0,
    firstError: 'HTTP 200: {"errors":[{"message":"dbms.memory.transaction.total.max threshold reached"}]}',
  });
  Object.assign(copy.profiles['article-page']!.neo4jGraphql!, {
    dbHits: 0,
    rows: 0,
    error: 'dbms.memory.transaction.total.max threshold reached',
  });
  return copy as unknown as BenchmarkResults;
}

describe('benchmark report', () => {
  it('when every target answered without errors, then the report has no Failures section', () => {
    expect(renderBenchmarks([withoutFailures() as unknown as BenchmarkResults])).not.toContain('### Failures');
  });

  it('when the peer failed a query, then its figures read failed and the Failures section gives the first error', () => {
    const markdown = renderBenchmarks([withPeerFailure()]);
    const failures = markdown.slice(markdown.indexOf('### Failures'));

    expect(markdown).toContain('### Failures');
    expect(failures).toContain('@neo4j/graphql, article-page (first at 8 clients');
    expect(failures).toContain('dbms.memory.transaction.total.max threshold reached');
    expect(failures).toContain('@neo4j/graphql, article-page (PROFILE request)');
    const rows = markdown.split('\n').filter((line) => /^\| article-page\s*\|/.test(line));
    expect(rows.filter((line) => line.includes('**failed**'))).toHaveLength(2); // its load figures and its PROFILE
  });

  it('when ours answers a question slower than the peer, then the goal of no question below the peer names it, not met', () => {
    const copy = withoutFailures();
    const clients = String(measured.mix.clients);
    Object.assign(copy.load[clients]!['search']!.ours!, { rps: 1 });
    Object.assign(copy.load[clients]!['search']!.neo4jGraphql!, { rps: 2 });
    const markdown = renderBenchmarks([copy as unknown as BenchmarkResults]);

    const row = markdown.split('\n').find((line) => line.includes("no question below @neo4j/graphql's throughput"));
    expect(row).toContain('search');
    expect(row).toMatch(/\*\*no\*\*\s*\|$/);
  });

  it("when two sizes are reported, then each question's p99 growth is a goal of its own", () => {
    const large = structuredClone(withoutFailures()) as unknown as Editable & { articles: number };
    large.articles = 100_000;
    const clients = String(measured.mix.clients);
    const whoSaid = large.load[clients]!['who-said']!.ours!;
    Object.assign(whoSaid, { p99_ms: Number(whoSaid.p99_ms) * 3 });
    const markdown = renderBenchmarks([
      withoutFailures() as unknown as BenchmarkResults,
      large as unknown as BenchmarkResults,
    ]);

    const rows = markdown
      .split('\n')
      .filter((line) => /ours: [\w-]+ p99 at the largest size/.test(line) && !line.includes('ours: mix'));
    expect(rows).toHaveLength(7);
    expect(rows.find((line) => line.includes('who-said'))).toMatch(/3\.00×\s*\|\s*\*\*no\*\*/);
    expect(rows.filter((line) => line.includes('yes'))).toHaveLength(6);
  });
});
