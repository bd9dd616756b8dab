/**
 * Where an export writes: a Node stream, written with back-pressure respected, so a slow reader (a
 * download over a slow link, a full disk) slows the export instead of filling memory.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';

export interface TextSink {
  write(text: string): Promise<void>;
}

export class SinkClosedError extends Error {
  override name = 'SinkClosedError';
}

export function streamSink(stream: Writable): TextSink {
  return {
    async write(text) {
      if (stream.destroyed || stream.writableEnded)
        throw new SinkClosedError('the output was closed before the export finished');
      if (stream.write(text)) return;
      // 'close' too: a client that goes away mid-download never drains.
      await Promise.race([once(stream, 'drain'), once(stream, 'close')]);
      if (stream.destroyed) throw new SinkClosedError('the output was closed before the export finished');
    },
  };
}

/** Collects text in memory: for tests and small exports. */
export function memorySink(): TextSink & { readonly text: () => string } {
  const parts: string[] = [];
  return {
    write: async (text) => void parts.push(text),
    text: () => parts.join(''),
  };
}
