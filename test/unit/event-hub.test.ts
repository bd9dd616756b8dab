import { describe, expect, it } from 'vitest';
import { EventHub, MAX_QUEUED, SubscriberTooSlowError, type LiveEvent } from '../../live/event-hub.js';
import { changeEvents } from '../../live/change-poller.js';

const article = (seq: number, articleId = `a${seq}`): LiveEvent => ({
  topic: 'article',
  seq,
  articleId,
  change: 'new',
});

describe('the live event hub', () => {
  it('when events are published, then each subscriber of the topic gets them in order, and a keyed one only its own', async () => {
    const hub = new EventHub();
    const all = hub.subscribe('article');
    const one = hub.subscribe('entity', 'person:x');

    hub.publish('article', article(1));
    hub.publish('entity', { topic: 'entity', seq: 2, entityId: 'person:y', change: 'updated', mergedInto: null });
    hub.publish('entity', { topic: 'entity', seq: 3, entityId: 'person:x', change: 'alias_added', mergedInto: null });
    hub.publish('article', article(4));

    expect((await all.next()).value).toMatchObject({ seq: 1 });
    expect((await all.next()).value).toMatchObject({ seq: 4 });
    expect((await one.next()).value).toMatchObject({ seq: 3, entityId: 'person:x' });
  });

  it('when a subscriber falls more than the queue bound behind, then it is ended with an error and the others go on', async () => {
    const hub = new EventHub();
    const slow = hub.subscribe('article');
    const other = hub.subscribe('article');
    for (let i = 1; i <= MAX_QUEUED + 1; i++) {
      hub.publish('article', article(i));
      if (i <= 2) await other.next();
    }

    await expect(slow.next()).rejects.toBeInstanceOf(SubscriberTooSlowError);
    expect(hub.size).toBe(1);
  });

  it('when every subscription is ended (a server stopping), then waiting subscribers complete, and later ones still receive', async () => {
    const hub = new EventHub();
    const waiting = hub.subscribe('article').next();

    hub.endAll();
    const later = hub.subscribe('article');
    hub.publish('article', article(1));

    expect(await waiting).toEqual({ value: undefined, done: true });
    expect((await later.next()).value).toMatchObject({ seq: 1 });
  });

  it('when a subscriber returns, then it stops receiving', async () => {
    const hub = new EventHub();
    const subscriber = hub.subscribe('article');
    await subscriber.return!();

    hub.publish('article', article(1));

    expect(hub.size).toBe(0);
    expect(await subscriber.next()).toEqual({ value: undefined, done: true });
  });
});

describe('change log rows to events', () => {
  it('when a logged change names articles and entities, then each becomes one event with the sequence number', () => {
    const events = changeEvents({
      seq: 7,
      articleIds: ['a1'],
      outcomes: ['updated'],
      entityIds: ['person:x', 'person:y'],
      entityChanges: ['merged', 'updated'],
      mergedInto: 'person:y',
    });

    expect(events).toEqual([
      { topic: 'article', seq: 7, articleId: 'a1', change: 'updated' },
      { topic: 'entity', seq: 7, entityId: 'person:x', change: 'merged', mergedInto: 'person:y' },
      { topic: 'entity', seq: 7, entityId: 'person:y', change: 'updated', mergedInto: null },
    ]);
  });
});
