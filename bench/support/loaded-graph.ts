/**
 * A Neo4j of the benchmark's own holding N generated articles, loaded through the real ingest path (the
 * load is measured), and the cases the query mix asks about, drawn from it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Config } from '../../runtime/config.js';
import type { Logger } from '../../runtime/logger.js';
import { sampleCases, type Case } from '../query-mix/cases.js';
import { openBenchDatabase, type BenchDatabase } from './bench-database.js';
import { writeCorpus } from './corpus-files.js';
import { measureIngest, type IngestFigures } from './measure-ingest.js';

export interface LoadedGraph {
  readonly bench: BenchDatabase;
  readonly ingest: IngestFigures;
  readonly graph: { readonly nodes: number; readonly relationships: number };
  readonly cases: readonly Case[];
  /** What a server under test (and the ingest command) needs in its environment to use this database. */
  readonly serverEnv: Record<string, string>;
}

export async function loadGeneratedGraph(
  config: Config,
  logger: Logger,
  seed: number,
  articles: number,
  progress: (line: string) => void,
): Promise<LoadedGraph> {
  const bench = await openBenchDatabase(config, logger);
  const corpusDir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bench-corpus-'));
  try {
    const corpus = writeCorpus(seed, articles, corpusDir);
    progress(`corpus: ${corpus.files} articles, ${(corpus.bytes / 1e6).toFixed(1)} MB; ingesting`);
    const serverEnv = {
      NEO4J_URI: bench.uri,
      NEO4J_USERNAME: config.neo4j?.username ?? '',
      NEO4J_PASSWORD: config.neo4j?.password ?? '',
      LOAD_SAMPLE_CORPUS: 'false',
    };
    const ingest = await measureIngest(corpusDir, serverEnv, 'ingest');
    const executor = bench.database.executor;
    const [row] = await executor.runRaw(
      'MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships',
      {},
      'READ',
    );
    return {
      bench,
      ingest,
      graph: { nodes: Number(row?.nodes ?? 0), relationships: Number(row?.relationships ?? 0) },
      cases: await sampleCases(executor),
      serverEnv,
    };
  } catch (error) {
    await bench.close();
    throw error;
  } finally {
    rmSync(corpusDir, { recursive: true, force: true });
  }
}
