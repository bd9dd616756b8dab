/**
 * NDJSON in the extraction shape (corpus/README.md), one article a line, read back from the graph: what
 * a re-processing job or the shared scorer reads.
 */
import type { Native } from '../db/to-native.js';
import type { TextSink } from './text-sink.js';

export async function writeNdjson(
  sink: TextSink,
  articles: AsyncIterable<readonly Native[]>,
  onPage?: (count: number) => void,
): Promise<void> {
  for await (const page of articles) {
    if (page.length === 0) continue;
    await sink.write(`${page.map((article) => JSON.stringify(article)).join('\n')}\n`);
    onPage?.(page.length);
  }
}
