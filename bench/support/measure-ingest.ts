/**
 * One run of the ingest command (`bin/ingest.ts`) over a directory, as a user runs it: in a process of its
 * own, timed, with its peak memory and the database's. In a process of its own because the benchmark's
 * process has already generated the corpus and measured extraction, whose heap would count as the
 * loader's.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { IngestSummary } from '../../loaders/ingest.js';
import { PROJECT_ROOT } from '../../runtime/project-files.js';
import { childPids, processRssBytes } from './process-rss.js';

export interface IngestFigures {
  readonly seconds: number;
  readonly articles: IngestSummary['articles'];
  readonly nodesCreated: number;
  readonly relationshipsCreated: number;
  readonly articlesPerSecond: number;
  readonly nodesPerSecond: number;
  readonly relationshipsPerSecond: number;
  /** Highest sampled RSS of the ingest process, MB. */
  readonly loaderPeakMb: number;
  /** Highest sampled RSS of the database (the embedded JVM), MB; null when it is not a process here. */
  readonly databasePeakMb: number | null;
}

const MB = 2 ** 20;

export async function measureIngest(dir: string, env: Record<string, string>, label: string): Promise<IngestFigures> {
  // Before the ingest starts, this process's only children are the database's (none with NEO4J_URI).
  const databasePids = childPids();
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'bin/ingest.ts', dir], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const peaks = { loader: 0, database: null as number | null };
  const sample = () => {
    peaks.loader = Math.max(peaks.loader, processRssBytes(child.pid!) ?? 0);
    if (databasePids?.length)
      peaks.database = Math.max(
        peaks.database ?? 0,
        databasePids.reduce((sum, pid) => sum + (processRssBytes(pid) ?? 0), 0),
      );
  };
  const timer = setInterval(sample, 100);

  // Off a terminal the command writes one line per article to standard error: counted, shown every 1,000.
  let done = 0;
  createInterface({ input: child.stderr }).on('line', (line) => {
    if (!/^(new|unchanged|updated|failed)\s/.test(line)) return process.stderr.write(`${line}\n`);
    if (++done % 1000 === 0)
      process.stderr.write(
        `${label}: ${done} articles, ${(done / ((performance.now() - started) / 1000)).toFixed(1)}/s\n`,
      );
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearInterval(timer);
  if (code !== 0) throw new Error(`bin/ingest.ts exited with code ${code} after ${done} articles`);

  // Its own clock starts when the database is open and migrated: the load, not the process's start-up.
  const { seconds, ...summary } = JSON.parse(output) as IngestSummary & { seconds: number };
  const total = Object.values(summary.articles).reduce((a, b) => a + b, 0);
  return {
    seconds,
    articles: summary.articles,
    nodesCreated: summary.nodesCreated,
    relationshipsCreated: summary.relationshipsCreated,
    articlesPerSecond: total / seconds,
    nodesPerSecond: summary.nodesCreated / seconds,
    relationshipsPerSecond: summary.relationshipsCreated / seconds,
    loaderPeakMb: Math.round(peaks.loader / MB),
    databasePeakMb: peaks.database === null ? null : Math.round(peaks.database / MB),
  };
}
