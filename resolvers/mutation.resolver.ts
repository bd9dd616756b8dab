/**
 * The protected mutations. Every one checks the request's API key first, so a request without a valid
 * key answers UNAUTHENTICATED having changed nothing.
 */
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { RELATIONSHIP_TYPES } from '../model/graph-model.js';
import * as entities from '../db/statements/entities.js';
import { ingestDocument } from '../loaders/ingest.js';
import { deleteArticle } from '../loaders/write/delete-article.js';
import { recordChange } from '../loaders/write/record-change.js';
import { articleId } from '../loaders/resolve/ids.js';
import { BadUserInputError, NotFoundError, UnauthenticatedError } from '../runtime/errors.js';
import { ArticleInput } from '../schema/article.input.js';
import { IngestResult } from '../schema/ingest-result.type.js';
import { Node } from '../schema/node.interface.js';
import type { Context } from './context/context.js';
import { fromGlobalId, graphIdOf } from './ids/global-id.js';
import type { GraphObject } from './ids/to-object.js';

const MAX_ARTICLE_CHARS = 1_000_000;
// What articles mention: the entities an analyst merges and aliases, not the facts drawn from an article.
const MERGEABLE: ReadonlySet<string> = new Set(RELATIONSHIP_TYPES.MENTIONS.to);

function requireKey(ctx: Context): void {
  if (!ctx.authenticated) throw new UnauthenticatedError(ctx.keySent);
}

async function reload(ctx: Context, graphId: string, id: string): Promise<GraphObject> {
  ctx.loaders.node.clear(graphId);
  const node = await ctx.loaders.node.load(graphId);
  if (!node) throw new NotFoundError('node', id);
  return node;
}

@Resolver()
export class MutationResolver {
  @Mutation(() => IngestResult, {
    description: 'Extracts and loads one article, exactly as `npm run ingest` does. Needs an API key.',
  })
  async ingestArticle(
    @Arg('input', () => ArticleInput, { description: "The article's text and metadata." }) input: ArticleInput,
    @Ctx() ctx: Context,
  ) {
    requireKey(ctx);
    if (input.text.trim() === '') throw new BadUserInputError('`input.text` is empty.', 'input.text');
    if (input.text.length > MAX_ARTICLE_CHARS)
      throw new BadUserInputError(`\`input.text\` is over ${MAX_ARTICLE_CHARS} characters.`, 'input.text');
    // Without a source of its own, an article is only ever replaced through its URL.
    const doc = {
      source: input.source ?? `api:${articleId(input.text)}`,
      text: input.text,
      title: input.title ?? null,
      outlet: input.outlet ?? null,
      url: input.url ?? null,
      date: input.publishedAt ?? null,
      author: input.author ?? null,
    };
    const { outcome } = await ingestDocument(ctx.executor, doc, ctx.curation);
    const id = articleId(doc.text);
    return { outcome, article: await reload(ctx, id, id) };
  }

  @Mutation(() => Boolean, {
    description: 'Removes an article, the facts it held and entities left without evidence. Needs an API key.',
  })
  async deleteArticle(
    @Arg('id', () => ID, { description: "The article's global id." }) id: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    requireKey(ctx);
    const deleted = await deleteArticle(ctx.executor, graphIdOf(id, 'Article'));
    if (!deleted) throw new NotFoundError('Article', id);
    return true;
  }

  @Mutation(() => Node, {
    description: 'Folds `merge` into `keep` (same kind); later loads keep them merged. Needs an API key.',
  })
  async mergeEntities(
    @Arg('keep', () => ID, { description: 'Global id of the entity that stays.' }) keep: string,
    @Arg('merge', () => ID, { description: 'Global id of the entity folded into `keep`; it stops existing.' })
    merge: string,
    @Ctx() ctx: Context,
  ): Promise<GraphObject> {
    requireKey(ctx);
    const kept = fromGlobalId(keep, 'keep');
    const gone = fromGlobalId(merge, 'merge');
    if (!MERGEABLE.has(kept.type))
      throw new BadUserInputError(
        `Only people, organizations, places and policies can be merged, not a ${kept.type}.`,
        'keep',
      );
    if (kept.type !== gone.type)
      throw new BadUserInputError(`Cannot merge a ${gone.type} into a ${kept.type}.`, 'merge');
    if (kept.id === gone.id) throw new BadUserInputError('`keep` and `merge` are the same entity.', 'merge');
    const [row] = await ctx.executor.writeTransaction(async (tx) => {
      const rows = await tx.run(entities.mergeEntities, { keepId: kept.id, mergeId: gone.id });
      if (rows.length > 0)
        await recordChange(tx, {
          entities: [
            { id: gone.id, change: 'merged' },
            { id: kept.id, change: 'updated' },
          ],
          mergedInto: kept.id,
        });
      return rows;
    });
    if (!row) throw new NotFoundError(kept.type, (await ctx.loaders.node.load(kept.id)) ? merge : keep);
    return reload(ctx, kept.id, keep);
  }

  @Mutation(() => Node, { description: 'Adds a name an entity also goes by. Needs an API key.' })
  async addAlias(
    @Arg('id', () => ID, { description: 'Global id of a person, organization, place or policy.' }) id: string,
    @Arg('alias', () => String, { description: 'The other name; name lookups and search find it from then on.' })
    alias: string,
    @Ctx() ctx: Context,
  ): Promise<GraphObject> {
    requireKey(ctx);
    const trimmed = alias.trim();
    if (trimmed === '' || trimmed.length > 200)
      throw new BadUserInputError('`alias` must be 1 to 200 characters.', 'alias');
    const { id: graphId } = fromGlobalId(id);
    const [row] = await ctx.executor.writeTransaction(async (tx) => {
      const rows = await tx.run(entities.addAlias, { id: graphId, alias: trimmed });
      if (rows.length > 0) await recordChange(tx, { entities: [{ id: graphId, change: 'alias_added' }] });
      return rows;
    });
    if (!row) throw new NotFoundError('person, organization, place or policy', id);
    return reload(ctx, graphId, id);
  }
}
