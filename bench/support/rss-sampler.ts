/**
 * Peak resident memory while a phase runs, sampled every 100 ms. The embedded Neo4j is a separate JVM
 * (a child process), so its RSS is sampled apart, from /proc where there is one (Linux).
 */
import { readFileSync } from 'node:fs';
import { processRssBytes } from './process-rss.js';

export interface RssPeaks {
  /** Highest sampled RSS of this Node process, MB. */
  readonly nodePeakMb: number;
  /** Highest summed RSS of this process's children (the embedded Neo4j JVM), MB; null without /proc. */
  readonly childrenPeakMb: number | null;
  readonly samples: number;
}

export interface RssSampler {
  stop(): RssPeaks;
}

const MB = 1024 * 1024;

function childPids(): number[] | null {
  try {
    return readFileSync(`/proc/${process.pid}/task/${process.pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return null;
  }
}

export function sampleRss(intervalMs = 100): RssSampler {
  let nodePeak = 0;
  let childrenPeak: number | null = null;
  let samples = 0;
  const sample = () => {
    samples++;
    nodePeak = Math.max(nodePeak, process.memoryUsage.rss());
    const pids = childPids();
    if (pids)
      childrenPeak = Math.max(
        childrenPeak ?? 0,
        pids.reduce((sum, pid) => sum + (processRssBytes(pid) ?? 0), 0),
      );
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return {
        nodePeakMb: round(nodePeak / MB),
        childrenPeakMb: childrenPeak === null ? null : round(childrenPeak / MB),
        samples,
      };
    },
  };
}

const round = (value: number) => Math.round(value * 10) / 10;
