/**
 * A place's figures by value are read through an index in that order (statistics/list-statistics-about-
 * place); the page must be exactly the list's VALUE order (vague amounts first), both ways, with a
 * measure filter, and must follow the place when it is merged into another.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGraphRows } from '../../loaders/ingest.js';
import { deleteArticle } from '../../loaders/write/delete-article.js';
import type { GraphRows, StatisticRow } from '../../loaders/write/graph-rows.js';
import { writeArticles } from '../../loaders/write/write-articles.js';
import { toGlobalId } from '../../resolvers/ids/global-id.js';
import { openTestDatabase } from '../support/database.js';
import { uniqueWord } from '../support/quotes.js';
import { startTestServer } from '../support/server.js';

const db = openTestDatabase();
let server: Awaited<ReturnType<typeof startTestServer>>;
const word = uniqueWord('place');
const PLACE = { id: `place:${word}`, name: `Place ${word}`, kind: 'region' };
const OTHER_PLACE = { id: `place:${word}-other`, name: `Other ${word}`, kind: 'region' };

/** A figure about `place`; value null is a vague amount ("thousands"). */
function figure(n: number, value: number | null, measure: string, place = PLACE): StatisticRow {
  return {
    id: `stat:${word}-${n}`,
    value,
    valueHigh: null,
    vague: value === null,
    qualifier: null,
    unit: 'people',
    unitClass: 'person',
    measure,
    measureWords: [`${word}${n}`],
    comparisonKey: null,
    claimed: null,
    period: null,
    periodStart: null,
    periodEnd: null,
    placeId: place.id,
    sourceId: null,
    text: `${value ?? 'thousands'} ${measure}`,
    evidence: { start: 0, end: 1, sentence: 'A figure.', confidence: 0.9, extractorVersion: 'test' },
  };
}

const FIGURES = [
  figure(1, 30, 'people deported'),
  figure(2, null, 'people deported'),
  figure(3, 10, 'people detained'),
  figure(4, 30, 'people deported'),
  figure(5, 20, 'people deported'),
  figure(6, 5, 'people deported', OTHER_PLACE),
];
const articles: GraphRows[] = FIGURES.map((statistic, i) => {
  const rows = toGraphRows({ source: `${word}-${i}.txt`, text: `Figures about a place, ${word}, number ${i}.` });
  return { ...rows, places: [PLACE, OTHER_PLACE], statistics: [statistic] };
});

const QUERY = `query($place: ID!, $measure: String, $first: Int, $after: String, $last: Int, $before: String, $direction: SortDirection) {
  statistics(place: $place, measureContains: $measure, sort: VALUE, direction: $direction, first: $first, after: $after, last: $last, before: $before) {
    edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;

type Page = {
  edges: { node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
};

async function page(variables: Record<string, unknown>): Promise<Page> {
  const result = await server.execute(QUERY, { place: toGlobalId('Place', PLACE.id), ...variables });
  expect(result.errors).toBeUndefined();
  return (result.data as { statistics: Page }).statistics;
}

async function walk(variables: Record<string, unknown>, backward = false): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (;;) {
    const found: Page = await page({
      ...variables,
      ...(backward ? { last: 2, before: cursor } : { first: 2, after: cursor }),
    });
    const pageIds = found.edges.map((edge) => edge.node.id);
    ids.splice(backward ? 0 : ids.length, 0, ...pageIds);
    if (!(backward ? found.pageInfo.hasPreviousPage : found.pageInfo.hasNextPage)) return ids;
    cursor = backward ? found.pageInfo.startCursor : found.pageInfo.endCursor;
  }
}

const global = (n: number) => toGlobalId('Statistic', `stat:${word}-${n}`);

beforeAll(async () => {
  await writeArticles(db.executor, articles);
  server = await startTestServer(db.executor);
});
afterAll(async () => {
  await server.close();
  for (const rows of articles) await deleteArticle(db.executor, rows.article.id);
  await db.close();
});

describe("a place's figures by value", () => {
  it('when paged forward and backward by 2, then both walks give the vague amount first, then by value and id', async () => {
    const expected = [2, 3, 5, 1, 4].map(global);

    expect(await walk({})).toEqual(expected);
    expect(await walk({}, true)).toEqual(expected);
  });

  it('when sorted descending, then the order is reversed exactly, both ways', async () => {
    const expected = [4, 1, 5, 3, 2].map(global);

    expect(await walk({ direction: 'DESC' })).toEqual(expected);
    expect(await walk({ direction: 'DESC' }, true)).toEqual(expected);
  });

  it('when filtered by measure, then only the figures whose measure contains it, in the same order', async () => {
    expect(await walk({ measure: 'DEPORTED' })).toEqual([2, 5, 1, 4].map(global));
  });

  it('when the place is merged into another, then its figures are listed under the place kept, in order', async () => {
    const merged = await server.execute(
      'mutation($keep: ID!, $merge: ID!) { mergeEntities(keep: $keep, merge: $merge) { id } }',
      { keep: toGlobalId('Place', OTHER_PLACE.id), merge: toGlobalId('Place', PLACE.id) },
      true,
    );
    expect(merged.errors).toBeUndefined();

    const result = await server.execute(QUERY, { place: toGlobalId('Place', OTHER_PLACE.id), first: 10 });
    expect((result.data as { statistics: Page }).statistics.edges.map((edge) => edge.node.id)).toEqual(
      [2, 6, 3, 5, 1, 4].map(global),
    );
  });
});
