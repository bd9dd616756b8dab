/** Resident memory of a process (the embedded JVM, a server under test), from /proc; null where there is none. */
import { readFileSync } from 'node:fs';

export function processRssBytes(pid: number): number | null {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : null;
  } catch {
    return null; // no /proc, or the process exited
  }
}
