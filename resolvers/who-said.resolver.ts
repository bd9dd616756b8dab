import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Row } from '../db/executor.js';
import { SpeakerStatements } from '../schema/speaker-statements.type.js';
import type { Context } from '../server/context.js';
import type { NodeType } from './global-id.js';
import { intInRange } from './int-range.js';
import { searchTerms, stem, subjectLucene } from './search-terms.js';
import { toObject, type GraphObject } from './to-object.js';

const DEFAULT_SPEAKERS = 20;
const DEFAULT_QUOTES_PER_SPEAKER = 20;
/** Statements read from each index, most relevant first: a page's worth of work, whatever the corpus. */
const DEFAULT_WITHIN = 1_000;
const MAX_WITHIN = 10_000;

interface SpeakerStatementsSource {
  readonly speaker: GraphObject | null;
  readonly quotes: GraphObject[];
  readonly count: number;
  readonly countIsLowerBound: boolean;
}

@Resolver()
export class WhoSaidResolver {
  @Query(() => [SpeakerStatements], {
    description:
      'Who said what about a subject: quotes and claims whose words, sentence or introducing sentence concern it (any case; "prosecution" also finds "prosecutors"), grouped by speaker, most statements first. Reads the `within` most relevant matches, so its cost does not grow with the corpus.',
  })
  async whoSaid(
    @Arg('about', () => String) about: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: DEFAULT_SPEAKERS, description: 'At most this many speakers (1 to 100).' }) first: number | null,
    @Arg('quotesPerSpeaker', () => Int, { nullable: true, defaultValue: DEFAULT_QUOTES_PER_SPEAKER, description: 'At most this many statements of each speaker, by text (1 to 100); `count` has them all.' })
    quotesPerSpeaker: number | null,
    @Arg('within', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_WITHIN,
      description: `Read at most this many of the most relevant matches of the quoted words, and as many of the sentences (1 to ${MAX_WITHIN}); when a subject has more, counts are lower bounds (\`countIsLowerBound\`).`,
    })
    within: number | null,
    @Ctx() { executor }: Context,
  ): Promise<SpeakerStatementsSource[]> {
    const stems = [...new Set(searchTerms(about, 'about').map(stem))];
    const rows = await executor.read('quotes/group-statements-about', {
      quoteLucene: subjectLucene(stems, 'text'),
      sentenceLucene: subjectLucene(stems, 'sentence', 'context'),
      first: intInRange(first ?? DEFAULT_SPEAKERS, 1, 100, 'first'),
      quotesPerSpeaker: intInRange(quotesPerSpeaker ?? DEFAULT_QUOTES_PER_SPEAKER, 1, 100, 'quotesPerSpeaker'),
      within: intInRange(within ?? DEFAULT_WITHIN, 1, MAX_WITHIN, 'within'),
    });
    return rows.map((row) => ({
      speaker: row.speaker ? toObject(row.label as NodeType, row.speaker as Row) : null,
      quotes: (row.quotes as Row[]).map((quote) => toObject('Quote', quote)),
      count: Number(row.count),
      countIsLowerBound: row.complete !== true,
    }));
  }
}
