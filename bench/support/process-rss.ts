/** Resident memory of processes (the embedded JVM, a server under test), from /proc; null where there is none. */
import { readFileSync } from 'node:fs';

export function processRssBytes(pid: number): number | null {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : null;
  } catch {
    return null; // no /proc, or the process exited
  }
}

/** This process's children (the embedded Neo4j JVM when there is one); null without /proc. */
export function childPids(): number[] | null {
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
