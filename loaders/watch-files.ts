/**
 * Files of some directories as they appear or change, each handed over once it is complete: a file is
 * ready when its size and modification time have held still for one settle period after the last event
 * (an editor, `cp` or a feed fetcher writing in pieces sends many). A file already loaded at that size
 * and time is not handed over again (a `touch` that changes nothing, or the events of its own reading).
 */
import { watch, type FSWatcher } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { hasSupportedExtension } from './read/detect-format.js';

export interface FileWatcher {
  /** Stops watching; files not yet ready are dropped (the next start finds them). */
  close(): void;
}

export interface WatchFilesOptions {
  /** How long a file must hold still before it is read. */
  readonly settleMs: number;
  readonly onReady: (file: string) => void;
  readonly onError?: (error: Error) => void;
}

function signature(size: number, mtimeMs: number): string {
  return `${size}:${mtimeMs}`;
}

/** Dotfiles and temporary names are a writer's work in progress, never an article. */
function isCandidate(file: string): boolean {
  return !path.basename(file).startsWith('.') && hasSupportedExtension(file);
}

export async function watchFiles(directories: readonly string[], options: WatchFilesOptions): Promise<FileWatcher> {
  const timers = new Map<string, NodeJS.Timeout>();
  const lastSeen = new Map<string, string>();
  const handedOver = new Map<string, string>();
  let closed = false;

  const settle = (file: string) => {
    clearTimeout(timers.get(file));
    timers.set(
      file,
      setTimeout(() => void check(file), options.settleMs),
    );
  };
  const check = async (file: string) => {
    timers.delete(file);
    if (closed) return;
    let now: string;
    try {
      const info = await stat(file);
      if (!info.isFile()) return;
      now = signature(info.size, info.mtimeMs);
    } catch {
      // Gone (renamed into place elsewhere, deleted): nothing to read.
      lastSeen.delete(file);
      return;
    }
    if (lastSeen.get(file) !== now) {
      // Still moving, or seen for the first time: look again after another quiet period.
      lastSeen.set(file, now);
      settle(file);
      return;
    }
    lastSeen.delete(file);
    if (handedOver.get(file) === now) return;
    handedOver.set(file, now);
    options.onReady(file);
  };

  const watchers: FSWatcher[] = [];
  for (const directory of directories) {
    const info = await stat(directory);
    if (!info.isDirectory()) throw new Error(`${directory}: not a directory`);
    const watcher = watch(directory, { recursive: true }, (_event, name) => {
      if (closed || !name) return;
      const file = path.join(directory, name.toString());
      if (isCandidate(file)) settle(file);
    });
    watcher.on('error', (error) => options.onError?.(error));
    watchers.push(watcher);
    // What is there already is loaded too (unchanged files cost one fingerprint comparison each).
    const present = (await readdir(directory, { recursive: true }))
      .map((name) => path.join(directory, name))
      .filter(isCandidate)
      .sort();
    for (const file of present) settle(file);
  }
  return {
    close() {
      closed = true;
      watchers.forEach((watcher) => watcher.close());
      timers.forEach((timer) => clearTimeout(timer));
      timers.clear();
    },
  };
}
