/**
 * Extraction throughput on one core: only `extractArticle` is timed, articles generated between calls.
 * CPU time is reported beside wall time because the benchmark machine may be shared.
 */
import { extractArticle } from '../../loaders/extract/extract-article.js';
import { generateArticle } from '../generator/generate-article.js';
import { corpusFileName } from './corpus-files.js';

export interface ExtractionFigures {
  readonly articles: number;
  readonly warmupArticles: number;
  readonly megabytes: number;
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly articlesPerSecond: number;
  readonly articlesPerCpuSecond: number;
  /** Facts found per article, to show the articles are not trivially easy. */
  readonly perArticle: Readonly<
    Record<'people' | 'organizations' | 'places' | 'policies' | 'statistics' | 'quotes' | 'claims', number>
  >;
  readonly generatorArticlesPerSecond: number;
}

export function measureExtraction(seed: number, count: number, warmup = Math.min(200, count)): ExtractionFigures {
  // Warm-up on indices past the measured ones, so the timed set is exactly articles 0..count-1.
  for (let i = 0; i < warmup; i++) extractArticle(document(seed, count + i));
  const totals = { people: 0, organizations: 0, places: 0, policies: 0, statistics: 0, quotes: 0, claims: 0 };
  let wall = 0;
  let cpu = 0;
  let generating = 0;
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const g0 = performance.now();
    const doc = document(seed, i);
    generating += performance.now() - g0;
    bytes += Buffer.byteLength(doc.text);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const x = extractArticle(doc);
    wall += performance.now() - t0;
    const c = process.cpuUsage(c0);
    cpu += (c.user + c.system) / 1000;
    for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += x[key].length;
  }
  const per = (n: number) => Math.round((n / count) * 100) / 100;
  return {
    articles: count,
    warmupArticles: warmup,
    megabytes: Math.round(bytes / 1e4) / 100,
    seconds: wall / 1000,
    cpuSeconds: cpu / 1000,
    articlesPerSecond: count / (wall / 1000),
    articlesPerCpuSecond: count / (cpu / 1000),
    perArticle: Object.fromEntries(
      Object.entries(totals).map(([k, v]) => [k, per(v)]),
    ) as ExtractionFigures['perArticle'],
    generatorArticlesPerSecond: count / (generating / 1000),
  };
}

function document(seed: number, index: number) {
  return { source: corpusFileName(index), text: generateArticle(seed, index).text };
}
