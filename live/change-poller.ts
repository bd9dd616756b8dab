/**
 * Turns the change log (cypher/live/) into live events. Every write, in this process or another
 * (`npm run ingest`), logs its change in its own transaction under a sequence number given in commit
 * order; this reads the log after the last number it delivered, every `intervalMs`, so each change is
 * published once, in order, and only once it is committed and readable. A database that is away delays
 * events; none is lost while the log keeps it (CHANGE_LOG_KEEP entries).
 */
import type { Executor } from '../db/executor.js';
import type { Logger } from '../runtime/logger.js';
import type { EventHub, LiveEvent } from './event-hub.js';
import { getLastChange, listChangesAfter, type ChangeRow } from '../db/statements/live.js';

const PAGE = 500;

export interface ChangePoller {
  stop(): Promise<void>;
}

export function changeEvents(row: ChangeRow): LiveEvent[] {
  const seq = row.seq;
  const articleIds = row.articleIds ?? [];
  const outcomes = row.outcomes ?? [];
  const entityIds = row.entityIds ?? [];
  const entityChanges = row.entityChanges ?? [];
  const mergedInto = row.mergedInto ?? null;
  return [
    ...articleIds.map((articleId, i): LiveEvent => ({
      topic: 'article',
      seq,
      articleId,
      change: outcomes[i] as 'new' | 'updated' | 'deleted',
    })),
    ...entityIds.map((entityId, i): LiveEvent => ({
      topic: 'entity',
      seq,
      entityId,
      change: entityChanges[i] as 'updated' | 'merged' | 'alias_added' | 'deleted',
      mergedInto: entityChanges[i] === 'merged' ? mergedInto : null,
    })),
  ];
}

export function startChangePoller(
  executor: Executor,
  hub: EventHub,
  options: { readonly intervalMs: number; readonly logger: Logger },
): ChangePoller {
  // Where delivery starts: the last change logged when the log is first read (the past is not replayed).
  // Read in the first poll, not here, so a server starts even while the database does not answer.
  let after: number | undefined;
  let stopped = false;
  let failing = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const poll = async () => {
    try {
      if (after === undefined) {
        const [last] = await executor.read(getLastChange, {});
        after = last?.seq ?? 0;
      }
      for (;;) {
        const rows: readonly ChangeRow[] = await executor.read(listChangesAfter, { after, limit: PAGE });
        for (const row of rows) {
          for (const event of changeEvents(row)) hub.publish(event.topic, event);
          after = row.seq;
        }
        if (rows.length < PAGE || stopped) break;
      }
      if (failing) options.logger.info({ after }, 'live events: the change log is readable again');
      failing = false;
    } catch (error) {
      // Once per outage, not every interval.
      if (!failing)
        options.logger.warn(
          { err: error },
          'live events: cannot read the change log; events wait until it can be read',
        );
      failing = true;
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = poll().then(schedule);
    }, options.intervalMs);
  };
  running = poll().then(schedule);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
