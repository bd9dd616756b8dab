/**
 * The server's live events, fanned out in process to every subscription that wants them: type-graphql's
 * PubSub (`publish(topic, event)`, `subscribe(topic, id?)`), where the id narrows a subscription to one
 * article or entity. Each subscriber has a bounded queue: one that cannot keep up (a stalled client) is
 * ended with an error rather than holding events in memory without end.
 */
export type LiveEvent =
  | {
      readonly topic: 'article';
      readonly seq: number;
      readonly articleId: string;
      readonly change: 'new' | 'updated' | 'deleted';
    }
  | {
      readonly topic: 'entity';
      readonly seq: number;
      readonly entityId: string;
      readonly change: 'updated' | 'merged' | 'alias_added' | 'deleted';
      readonly mergedInto: string | null;
    };

export type Topic = LiveEvent['topic'];

function keyOf(event: LiveEvent): string {
  return event.topic === 'article' ? event.articleId : event.entityId;
}

/** Events one subscriber may have waiting: far more than a live client ever lags by. */
export const MAX_QUEUED = 1_000;

export class SubscriberTooSlowError extends Error {
  constructor() {
    super(`This subscription fell more than ${MAX_QUEUED} events behind and was ended; subscribe again.`);
    this.name = 'SubscriberTooSlowError';
  }
}

interface Subscriber {
  readonly topic: string;
  readonly key: unknown;
  readonly queue: LiveEvent[];
  wake: (() => void) | undefined;
  done: boolean;
  failed: boolean;
}

export class EventHub {
  private readonly subscribers = new Set<Subscriber>();

  get size(): number {
    return this.subscribers.size;
  }

  publish(topic: Topic, event: LiveEvent): void {
    for (const subscriber of this.subscribers) {
      if (subscriber.topic !== topic || (subscriber.key !== undefined && subscriber.key !== keyOf(event))) continue;
      if (subscriber.queue.length >= MAX_QUEUED) {
        subscriber.failed = true;
        this.subscribers.delete(subscriber);
      } else {
        subscriber.queue.push(event);
      }
      subscriber.wake?.();
    }
  }

  subscribe(topic: string, key?: unknown): AsyncIterableIterator<LiveEvent> {
    const subscriber: Subscriber = { topic, key, queue: [], wake: undefined, done: false, failed: false };
    this.subscribers.add(subscriber);
    const finish = () => {
      subscriber.done = true;
      this.subscribers.delete(subscriber);
      subscriber.wake?.();
    };
    const iterator: AsyncIterableIterator<LiveEvent> = {
      next: async () => {
        for (;;) {
          if (subscriber.failed) {
            finish();
            throw new SubscriberTooSlowError();
          }
          const event = subscriber.queue.shift();
          if (event) return { value: event, done: false };
          if (subscriber.done) return { value: undefined, done: true };
          await new Promise<void>((resolve) => (subscriber.wake = resolve));
          subscriber.wake = undefined;
        }
      },
      return: async () => {
        finish();
        return { value: undefined, done: true };
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  /**
   * Ends every subscription there is (they complete normally): a server is stopping. The hub stays usable,
   * since it is the process's and the schema's, for a server started after (tests start several).
   */
  endAll(): void {
    for (const subscriber of [...this.subscribers]) {
      subscriber.done = true;
      this.subscribers.delete(subscriber);
      subscriber.wake?.();
    }
  }
}

/** The process's one hub: the schema's PubSub, fed by the server's change poller. */
export const liveEvents = new EventHub();
