/**
 * `npx tsx bench/generate-corpus.ts --articles N --seed S --out DIR`: writes N generated articles as
 * DIR/000000.txt…, the title on each file's first line. Same seed and N, same bytes.
 */
import path from 'node:path';
import { parseBenchArgs } from './support/bench-args.js';
import { writeCorpus } from './support/corpus-files.js';

try {
  const args = parseBenchArgs(process.argv.slice(2), { articles: 1_000 });
  if (!args.out) throw new Error('--out: the directory to write to is required');
  const started = performance.now();
  const { files, bytes } = writeCorpus(args.seed, args.articles, path.resolve(args.out));
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(
    `generate-corpus: ${files} articles (${(bytes / 1e6).toFixed(1)} MB) in ${args.out}, ${seconds.toFixed(1)} s\n`,
  );
} catch (error) {
  process.stderr.write(`generate-corpus: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}
