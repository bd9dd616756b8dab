/**
 * The quotes under a node (a person's, an article's, an anonymous source's). By text they are one batched
 * relation page for every parent in the response; by date of the earliest article carrying them they go
 * through the quotes list, one statement per parent, since the relation statements sort only by the
 * node's own properties.
 */
import { countQuotes, listQuotes } from '../../db/statements/quotes.js';
import { SpeakerScope } from '../../schema/enums.js';
import { QuoteSort } from '../../schema/quotes.args.js';
import type { QuoteKind } from '../../model/graph-model.js';
import type { NestedQuotesArgs } from '../../schema/nested-page.args.js';
import type { Context } from '../context/context.js';
import type { GraphQLResolveInfo } from 'graphql';
import { listConnection, relationConnection } from './lists.js';
import { evidenceFieldsOf } from './evidence-fields.js';
import type { GraphObject } from '../ids/to-object.js';

/** Quotes (DIRECT, PARTIAL): the words in quotation marks. Claims (INDIRECT) are listed apart. */
export const SPOKEN: readonly QuoteKind[] = ['direct', 'partial'];
export const CLAIMED: readonly QuoteKind[] = ['indirect'];

/** `scope` is for an organization: its own words (OFFICIAL), its anonymous sources' (ANONYMOUS), or both. */
export function nestedQuotes(
  ctx: Context,
  info: GraphQLResolveInfo,
  parent: GraphObject,
  args: NestedQuotesArgs,
  kinds: readonly string[],
  through: 'speaker' | 'article',
  scope: SpeakerScope = SpeakerScope.OFFICIAL,
) {
  if (args.sort === QuoteSort.TEXT && scope === SpeakerScope.OFFICIAL)
    return relationConnection(
      ctx,
      through === 'speaker' ? 'quotesBy' : 'quotesIn',
      parent,
      { ...args, sort: 'NAME' },
      kinds,
      evidenceFieldsOf(info),
    );
  const filters = {
    speaker: through === 'speaker' ? parent.graphId : null,
    speakerScope: scope,
    article: through === 'article' ? parent.graphId : null,
    kinds,
    textContains: null,
    subject: null,
    publishedFrom: null,
    publishedTo: null,
  };
  return listConnection(ctx, { list: listQuotes, count: countQuotes }, filters, args, 'Quote');
}
