/**
 * `articleIngested` and `entityChanged(id)`, served from the server's live events (live/). A subscription
 * lives for hours: every event is resolved with fresh DataLoaders, so it never shows a cached past.
 */
import { Arg, Ctx, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { LiveEvent } from '../live/event-hub.js';
import { ArticleChange, ArticleIngested, EntityChange, EntityChanged } from '../schema/live-events.type.js';
import type { Context } from './context/context.js';
import { createDataLoaders } from './context/dataloaders.js';
import { fromGlobalId } from './ids/global-id.js';
import type { GraphObject } from './ids/to-object.js';

type ArticleEvent = Extract<LiveEvent, { topic: 'article' }>;
type EntityEvent = Extract<LiveEvent, { topic: 'entity' }>;

/** Loaders cache for the life of a context; a subscription's context lives as long as it does. */
function fresh(ctx: Context): Context['loaders'] {
  const loaders = createDataLoaders(ctx.executor);
  (ctx as { loaders: Context['loaders'] }).loaders = loaders;
  return loaders;
}

/**
 * Every subscriber of an event asks for the same node: it is read once per event and shared (measured at
 * 100 subscribers: one read per subscriber held delivery to 300 events/s). The state read is committed at
 * or after the event, the same for everyone; only the last events' reads are kept.
 */
const sharedReads = new Map<string, Promise<GraphObject | null>>();
const SHARED_READS = 1_000;

function readOnce(loaders: Context['loaders'], seq: number, id: string): Promise<GraphObject | null> {
  const key = `${seq}:${id}`;
  let read = sharedReads.get(key);
  if (!read) {
    read = loaders.node.load(id);
    sharedReads.set(key, read);
    read.catch(() => sharedReads.delete(key));
    if (sharedReads.size > SHARED_READS) sharedReads.delete(sharedReads.keys().next().value!);
  }
  return read;
}

@Resolver()
export class SubscriptionResolver {
  @Subscription(() => ArticleIngested, {
    description:
      'Every article loaded or replaced from now on (by `ingestArticle` or `npm run ingest`), once, after it is committed.',
    topics: 'article',
    filter: ({ payload }: { payload: ArticleEvent }) => payload.change !== 'deleted',
  })
  async articleIngested(@Root() event: ArticleEvent, @Ctx() ctx: Context): Promise<ArticleIngested> {
    const article = await readOnce(fresh(ctx), event.seq, event.articleId);
    return { sequence: event.seq, change: event.change as ArticleChange, article: article ?? null };
  }

  @Subscription(() => EntityChanged, {
    description:
      'Changes to one person, organization, place or policy: articles about it loaded or removed, merges, aliases.',
    topics: 'entity',
    // Checked when the subscription starts (a bad id is refused then); only this entity's events reach it.
    topicId: ({ args }: { args: Readonly<Record<string, unknown>> }) => fromGlobalId(String(args.id)).id,
  })
  async entityChanged(
    @Arg('id', () => ID, { description: 'The global id of the entity to follow.' }) id: string,
    @Root() event: EntityEvent,
    @Ctx() ctx: Context,
  ): Promise<EntityChanged> {
    const loaders = fresh(ctx);
    const [node, mergedInto] = await Promise.all([
      readOnce(loaders, event.seq, event.entityId),
      event.mergedInto ? readOnce(loaders, event.seq, event.mergedInto) : null,
    ]);
    const gone = !node || event.change === 'merged';
    return {
      sequence: event.seq,
      id,
      change: (node || event.change === 'merged' ? event.change : EntityChange.DELETED) as EntityChange,
      node: gone ? null : node,
      mergedInto: mergedInto ?? null,
    };
  }
}
