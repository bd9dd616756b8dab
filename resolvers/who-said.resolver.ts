import { createHash } from 'node:crypto';
import { Arg, Args, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Executor } from '../db/executor.js';
import { groupStatementsAbout } from '../db/statements/quotes.js';
import type { ConnectionSource } from '../schema/connection.type.js';
import { PageArgs } from '../schema/page.args.js';
import { SpeakerStatementsConnection } from '../schema/speaker-statements.type.js';
import type { Context } from './context/context.js';
import { intInRange } from './arguments/int-range.js';
import { encodeCursor, planPage } from './paging/paginate.js';
import { searchTerms, stem, subjectLucene } from './search/search-terms.js';
import { toObject, toObjectOf, type GraphObject } from './ids/to-object.js';

const DEFAULT_QUOTES_PER_SPEAKER = 20;
/** Statements read from each index, most relevant first: a page's worth of work, whatever the corpus. */
const DEFAULT_WITHIN = 1_000;
const MAX_WITHIN = 10_000;
/** Enough for any subject's speakers: `totalCount` and `last` without `before` read the whole ranking. */
const WHOLE_RANKING = 100_000;

interface SpeakerStatementsSource {
  readonly speaker: GraphObject | null;
  readonly quotes: GraphObject[];
  readonly count: number;
  readonly countIsLowerBound: boolean;
}

/**
 * The cursor's sort name: a group's key is its position in the ranking (most statements first). It
 * names the subject too, so a cursor from one subject is refused by another.
 */
function byRank(stems: readonly string[], within: number): string {
  return `RANK:${createHash('sha256')
    .update(JSON.stringify([stems, within]))
    .digest('base64url')
    .slice(0, 12)}`;
}

async function ranking(
  executor: Executor,
  stems: readonly string[],
  first: number,
  quotesPerSpeaker: number,
  within: number,
): Promise<SpeakerStatementsSource[]> {
  const rows = await executor.read(groupStatementsAbout, {
    quoteLucene: subjectLucene(stems, 'text'),
    sentenceLucene: subjectLucene(stems, 'sentence', 'context'),
    first,
    quotesPerSpeaker,
    within,
  });
  return rows.map((row) => ({
    speaker: row.speaker ? toObjectOf(row.speaker) : null,
    quotes: row.quotes.map((quote) => toObject('Quote', quote)),
    count: Number(row.count),
    countIsLowerBound: row.complete !== true,
  }));
}

@Resolver()
export class WhoSaidResolver {
  @Query(() => SpeakerStatementsConnection, {
    description:
      'Who said what about a subject: quotes and claims whose words, sentence or introducing sentence concern it (any case; "prosecution" also finds "prosecutors"), grouped by speaker, most statements first, as a connection. Its cursors are positions in that ranking, which moves as articles are added. Reads the `within` most relevant matches, so its cost does not grow with the corpus.',
  })
  async whoSaid(
    @Arg('about', () => String, { description: 'The subject, in words ("prosecutions", "sanctuary cities").' })
    about: string,
    @Args(() => PageArgs) args: PageArgs,
    @Arg('quotesPerSpeaker', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_QUOTES_PER_SPEAKER,
      description: 'At most this many statements of each speaker, by text (1 to 100); `count` has them all.',
    })
    quotesPerSpeaker: number | null,
    @Arg('within', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_WITHIN,
      description: `Read at most this many of the most relevant matches of the quoted words, and as many of the sentences (1 to ${MAX_WITHIN}); when a subject has more, counts are lower bounds (\`countIsLowerBound\`).`,
    })
    within: number | null,
    @Ctx() { executor, maxPageSize }: Context,
  ): Promise<ConnectionSource<SpeakerStatementsSource>> {
    const stems = [...new Set(searchTerms(about, 'about').map(stem))];
    const perSpeaker = intInRange(quotesPerSpeaker ?? DEFAULT_QUOTES_PER_SPEAKER, 1, 100, 'quotesPerSpeaker');
    const read = intInRange(within ?? DEFAULT_WITHIN, 1, MAX_WITHIN, 'within');
    const sort = byRank(stems, read);
    const plan = planPage(args, sort, false, maxPageSize);
    const anchor = plan.params.afterKey === null ? undefined : Number(plan.params.afterKey);
    // Positions [from, to) of the page, and whether rows lie beyond it on the far side.
    let from: number;
    let groups: SpeakerStatementsSource[];
    if (!plan.backward) {
      from = anchor === undefined ? 0 : anchor + 1;
      groups = await ranking(executor, stems, Math.min(from + plan.size + 1, WHOLE_RANKING), perSpeaker, read);
    } else {
      groups = await ranking(executor, stems, anchor ?? WHOLE_RANKING, perSpeaker, read);
      const end = anchor === undefined ? groups.length : Math.min(anchor, groups.length);
      from = Math.max(0, end - plan.size);
      groups = groups.slice(0, end);
    }
    const page = groups.slice(from, from + plan.size);
    const edges = page.map((node, index) => ({
      cursor: encodeCursor(sort, from + index, node.speaker?.graphId ?? ''),
      node,
    }));
    return {
      edges,
      pageInfo: {
        hasNextPage: plan.backward ? anchor !== undefined : groups.length > from + plan.size,
        hasPreviousPage: plan.backward ? from > 0 : from > 0 && anchor !== undefined,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      countTotal: async () => (await ranking(executor, stems, WHOLE_RANKING, 1, read)).length,
    };
  }
}
