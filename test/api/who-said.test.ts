import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSampleCorpus } from '../../loaders/ingest-sample-corpus.js';
import { openTestDatabase, testLogger } from '../support/database.js';
import { uniqueWord, writeQuotes } from '../support/quotes.js';
import { startTestServer } from '../support/server.js';

const db = openTestDatabase();
let server: Awaited<ReturnType<typeof startTestServer>>;
const subject = uniqueWord('subj');
const [alice, bob, carol] = [`Alice ${uniqueWord('Q')}`, `Bob ${uniqueWord('Q')}`, `Carol ${uniqueWord('Q')}`];
const introduced = uniqueWord('intro');

const WHO_SAID = `
  query WhoSaid($about: String!, $first: Int, $quotesPerSpeaker: Int, $within: Int) {
    whoSaid(about: $about, first: $first, quotesPerSpeaker: $quotesPerSpeaker, within: $within) {
      edges { node {
        count
        countIsLowerBound
        speaker { __typename ... on Person { name } ... on Organization { name } ... on AnonymousSource { description } }
        quotes { id text kind evidence { sentence context article { title } } }
      } }
    }
  }`;

type Group = {
  count: number;
  countIsLowerBound: boolean;
  speaker: { __typename: string; name?: string; description?: string } | null;
  quotes: {
    id: string;
    text: string;
    kind: string;
    evidence: { sentence: string; context: string | null; article: { title: string } }[];
  }[];
};

async function whoSaid(about: string, first?: number, quotesPerSpeaker?: number, within?: number): Promise<Group[]> {
  const result = await server.execute(WHO_SAID, { about, first, quotesPerSpeaker, within });
  expect(result.errors).toBeUndefined();
  return (result.data as { whoSaid: { edges: { node: Group }[] } }).whoSaid.edges.map((edge) => edge.node);
}

beforeAll(async () => {
  await ingestSampleCorpus(db.executor, testLogger);
  await writeQuotes(db.executor, `who-said ${subject}`, [
    { speaker: alice, text: `The ${subject} rules are working.` },
    { speaker: alice, text: `We will expand the ${subject}s programme next year`, kind: 'indirect' },
    { speaker: bob, text: `I never liked ${subject.toUpperCase()}.`, kind: 'partial' },
    { speaker: null, text: `Nobody owns up to ${subject}.` },
  ]);
  await writeQuotes(db.executor, `who-said ${introduced}`, [
    { speaker: carol, lead: `${carol} praised the ${introduced} programme.`, text: 'It works, and it keeps working,' },
  ]);
  server = await startTestServer(db.executor);
});
afterAll(async () => {
  await server.close();
  await db.close();
});

describe('whoSaid', () => {
  it('when asked about a subject, then quotes and claims are grouped by speaker, most first, the unattributed ones under null', async () => {
    const groups = await whoSaid(subject);

    expect(groups.map((group) => [group.speaker?.name ?? null, group.count])).toEqual([
      [alice, 2],
      [bob, 1],
      [null, 1],
    ]);
    expect(groups[0]!.quotes.map((quote) => quote.kind).sort()).toEqual(['DIRECT', 'INDIRECT']);
    expect(groups.every((group) => !group.countIsLowerBound)).toBe(true);
    expect(groups[0]!.quotes[0]!.evidence[0]!.article.title).toBe(`who-said ${subject}`);
  });

  it('when the subject is in another case or another form of the word, then the same statements are found', async () => {
    const plural = await whoSaid(`${subject.toUpperCase()}S`);

    expect(plural.reduce((sum, group) => sum + group.count, 0)).toBe(4);
  });

  it('when `quotesPerSpeaker` is 1, then each speaker brings one statement, the first by text, and the full count', async () => {
    const groups = await whoSaid(subject, undefined, 1);

    expect(groups.map((group) => [group.speaker?.name ?? null, group.count, group.quotes.length])).toEqual([
      [alice, 2, 1],
      [bob, 1, 1],
      [null, 1, 1],
    ]);
    expect(groups[0]!.quotes[0]!.text).toBe(`The ${subject} rules are working.`);
  });

  it('when `first` is 1, then only the speaker with most statements comes back', async () => {
    const groups = await whoSaid(subject, 1);

    expect(groups.map((group) => group.speaker?.name)).toEqual([alice]);
  });

  it('when the speakers are paged one at a time forward and then backward, then both walks give the ranking of one big page, and totalCount counts the speakers', async () => {
    const PAGE = `query($about: String!, $first: Int, $after: String, $last: Int, $before: String) {
      whoSaid(about: $about, first: $first, after: $after, last: $last, before: $before) {
        totalCount edges { node { count speaker { ... on Person { name } } } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
    type Page = {
      totalCount: number;
      edges: { node: { count: number; speaker: { name?: string } | null } }[];
      pageInfo: {
        hasNextPage: boolean;
        hasPreviousPage: boolean;
        startCursor: string | null;
        endCursor: string | null;
      };
    };
    const page = async (variables: Record<string, unknown>) => {
      const result = await server.execute(PAGE, { about: subject, ...variables });
      expect(result.errors).toBeUndefined();
      return (result.data as { whoSaid: Page }).whoSaid;
    };
    const names = (p: Page) => p.edges.map((edge) => edge.node.speaker?.name ?? null);
    const whole = await page({ first: 100 });

    const forward: (string | null)[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 10; i++) {
      const next: Page = await page({ first: 1, after: cursor });
      forward.push(...names(next));
      if (!next.pageInfo.hasNextPage) break;
      cursor = next.pageInfo.endCursor;
    }
    const backward: (string | null)[] = [];
    cursor = null;
    for (let i = 0; i < 10; i++) {
      const previous: Page = await page({ last: 1, before: cursor });
      backward.unshift(...names(previous));
      if (!previous.pageInfo.hasPreviousPage) break;
      cursor = previous.pageInfo.startCursor;
    }

    expect(names(whole)).toHaveLength(3);
    expect(whole.totalCount).toBe(3);
    expect(forward).toEqual(names(whole));
    expect(backward).toEqual(names(whole));
  });

  it('when the page ends among speakers with as many statements, then the tie is broken as documented: named speakers first', async () => {
    const groups = await whoSaid(subject, 2);

    expect(groups.map((group) => [group.speaker?.name ?? null, group.count])).toEqual([
      [alice, 2],
      [bob, 1],
    ]);
  });

  it('when the subject matches more statements than `within`, then only that many are read and every count says it is a lower bound', async () => {
    const groups = await whoSaid(subject, undefined, undefined, 2);

    const counted = groups.reduce((sum, group) => sum + group.count, 0);
    // Two from the quoted words and at most two more from their sentences, of the four statements.
    expect(counted).toBeGreaterThanOrEqual(2);
    expect(counted).toBeLessThanOrEqual(4);
    expect(groups.every((group) => group.countIsLowerBound)).toBe(true);
  });

  it('when `within` is above the number of matches, then every statement is counted and no count is a lower bound', async () => {
    const all = await whoSaid(subject, undefined, undefined, 100);

    expect(all.reduce((sum, group) => sum + group.count, 0)).toBe(4);
    expect(all.every((group) => !group.countIsLowerBound)).toBe(true);
  });

  it('when the subject is only in the sentence that introduced a quote, then the quote is found, with that sentence as its context', async () => {
    const groups = await whoSaid(introduced);

    expect(groups.map((group) => [group.speaker?.name, group.quotes.map((quote) => quote.text)])).toEqual([
      [carol, ['It works, and it keeps working,']],
    ]);
    expect(groups[0]!.quotes[0]!.evidence[0]!.context).toBe(`${carol} praised the ${introduced} programme.`);
  });

  it('when asked about prosecutions in the sample corpus, then Sessions and the Justice Department are among the speakers, each statement about it', async () => {
    const groups = await whoSaid('prosecutions');

    const speakers = groups.map((group) => group.speaker?.name);
    expect(speakers).toContain('Jeff Sessions');
    expect(speakers).toContain('U.S. Department of Justice');
    for (const quote of groups.flatMap((group) => group.quotes)) {
      const where = [
        quote.text,
        ...quote.evidence.flatMap((evidence) => [evidence.sentence, evidence.context ?? '']),
      ].join(' ');
      expect(where, quote.text).toMatch(/\bprosecut/i);
    }
    const counts = groups.map((group) => group.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (const group of groups) expect(group.quotes).toHaveLength(group.count);
  });

  it('when asked about "ICE", then only statements with the word ICE count, not "justice" or "police"', async () => {
    const groups = await whoSaid('ICE');

    expect(groups.length).toBeGreaterThan(0);
    for (const quote of groups.flatMap((group) => group.quotes)) {
      const where = [
        quote.text,
        ...quote.evidence.flatMap((evidence) => [evidence.sentence, evidence.context ?? '']),
      ].join(' ');
      expect(where, quote.text).toMatch(/\bice/i);
    }
  });

  it.each([
    ['', 20, 20],
    ['   ', 20, 20],
    ['prosecutions', 101, 20],
    ['prosecutions', 20, 0],
  ])(
    'when about is %j, first is %i and quotesPerSpeaker is %i, then the error is BAD_USER_INPUT',
    async (about, first, quotesPerSpeaker) => {
      const result = await server.execute(WHO_SAID, { about, first, quotesPerSpeaker });

      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    },
  );

  it.each([0, 10_001])('when `within` is %i, then the error is BAD_USER_INPUT', async (within) => {
    const result = await server.execute(WHO_SAID, { about: 'prosecutions', within });

    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
