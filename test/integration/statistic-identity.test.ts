/**
 * When a figure is written, it becomes a stored figure cited again exactly when isSameClaim says the two
 * are one claim. The database narrows the stored candidates first (find-statistic-candidates); these
 * cases vary one attribute at a time, so a narrowing stricter than the rule fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDisagreements } from '../../db/statements/statistics.js';
import { toGraphRows } from '../../loaders/ingest.js';
import { deleteArticle } from '../../loaders/write/delete-article.js';
import type { GraphRows, StatisticRow } from '../../loaders/write/graph-rows.js';
import { claimedRange } from '../../loaders/write/claimed-range.js';
import { comparisonKey, isSameClaim, unitClass } from '../../loaders/write/statistic-identity.js';
import { writeArticle, writeArticles } from '../../loaders/write/write-articles.js';
import { openTestDatabase } from '../support/database.js';

const db = openTestDatabase();

const PLACES = [
  { id: 'place:identity-test-north', name: 'Identity Test North', kind: 'region' },
  { id: 'place:identity-test-south', name: 'Identity Test South', kind: 'region' },
];

const STORED: StatisticRow = {
  id: '',
  value: 7654321,
  valueHigh: null,
  vague: false,
  qualifier: null,
  unit: 'people',
  unitClass: unitClass('people'),
  measure: 'people deported',
  measureWords: ['deportation', 'person'],
  comparisonKey: 'deportation person|2017-01-01/2017-01-31',
  claimed: [7654321, 7654321],
  period: 'January 2017',
  periodStart: '2017-01-01',
  periodEnd: '2017-01-31',
  placeId: PLACES[0]!.id,
  sourceId: null,
  text: '7,654,321 people deported',
  evidence: { start: 0, end: 9, sentence: 'A figure.', confidence: 0.9, extractorVersion: 'test' },
};

/** A stored figure with no period and no place: any period and place are compatible with it. */
const STORED_OPEN: StatisticRow = { ...STORED, value: 7654322, periodStart: null, placeId: null };

/** A stored range: only the same range is the same claim. */
const STORED_RANGE: StatisticRow = { ...STORED, value: 7654323, valueHigh: 7654400, claimed: [7654323, 7654400] };

const STORED_FIGURES = { stored: STORED, 'stored-open': STORED_OPEN, 'stored-range': STORED_RANGE };

/** One article whose only fact is `statistic`, given the provisional id `stat:identity-test-<name>`. */
function articleWith(name: string, statistic: StatisticRow): GraphRows {
  const rows = toGraphRows({ source: `${name}.txt`, text: `Statistic identity test article: ${name}.` });
  return {
    ...rows,
    people: [],
    organizations: [],
    places: PLACES,
    policies: [],
    anonymousSources: [],
    mentions: [],
    roles: [],
    quotes: [],
    // The row's unit class follows its unit, as graphRows makes it, whatever a case changed.
    statistics: [{ ...statistic, unitClass: unitClass(statistic.unit), id: `stat:identity-test-${name}` }],
  };
}

async function citedStatistic(articleId: string): Promise<string> {
  const [row] = await db.executor.runRaw(
    'MATCH (:Article {id: $articleId})-[:CONTAINS]->(s:Statistic) RETURN s.id AS id',
    { articleId },
    'READ',
  );
  return String(row?.id);
}

const CASES: readonly {
  name: string;
  stored: keyof typeof STORED_FIGURES;
  change: Partial<StatisticRow>;
  same: boolean;
}[] = [
  { name: 'identical', stored: 'stored', change: {}, same: true },
  { name: 'no-period', stored: 'stored', change: { periodStart: null }, same: true },
  { name: 'other-period', stored: 'stored', change: { periodStart: '2018-01-01' }, same: false },
  { name: 'no-place', stored: 'stored', change: { placeId: null }, same: true },
  { name: 'other-place', stored: 'stored', change: { placeId: PLACES[1]!.id }, same: false },
  { name: 'one-shared-word', stored: 'stored', change: { measureWords: ['deportation', 'family'] }, same: true },
  { name: 'no-shared-word', stored: 'stored', change: { measureWords: ['arrest'] }, same: false },
  { name: 'a-range', stored: 'stored', change: { valueHigh: 7654400 }, same: false },
  { name: 'the-same-range', stored: 'stored-range', change: {}, same: true },
  { name: 'another-range-end', stored: 'stored-range', change: { valueHigh: 7654500 }, same: false },
  { name: 'no-range-end', stored: 'stored-range', change: { valueHigh: null }, same: false },
  { name: 'unit-synonym', stored: 'stored', change: { unit: 'immigrants' }, same: true },
  { name: 'other-unit', stored: 'stored', change: { unit: 'cases' }, same: false },
  { name: 'other-value', stored: 'stored', change: { value: 7654320 }, same: false },
  {
    name: 'open-stored-any-period-and-place',
    stored: 'stored-open',
    change: { periodStart: '2020-05-01', placeId: PLACES[1]!.id },
    same: true,
  },
];

beforeAll(async () => {
  for (const [name, statistic] of Object.entries(STORED_FIGURES))
    await writeArticle(db.executor, articleWith(name, statistic));
});

afterAll(async () => {
  for (const [name, statistic] of Object.entries(STORED_FIGURES))
    await deleteArticle(db.executor, articleWith(name, statistic).article.id);
  await db.close();
});

describe('a figure written again', () => {
  for (const { name, stored, change, same } of CASES) {
    it(`when it differs from a stored one by ${name}, then it is ${same ? 'the stored figure, cited again' : 'a figure of its own'}`, async () => {
      const incoming = { ...STORED_FIGURES[stored], ...change };
      // The table and the rule agree, so the database is held to the rule itself.
      expect(isSameClaim(STORED_FIGURES[stored], incoming)).toBe(same);
      const rows = articleWith(name, incoming);
      await writeArticle(db.executor, rows);
      try {
        expect(await citedStatistic(rows.article.id)).toBe(
          same ? `stat:identity-test-${stored}` : `stat:identity-test-${name}`,
        );
      } finally {
        await deleteArticle(db.executor, rows.article.id);
      }
    });
  }

  it('when two articles of one batch state the same new figure, then it is one figure cited by both', async () => {
    const fresh = { ...STORED, value: 7654323 };
    const batch = [articleWith('batch-first', fresh), articleWith('batch-second', fresh)];
    await writeArticles(db.executor, batch);
    try {
      const [first, second] = await Promise.all(batch.map((rows) => citedStatistic(rows.article.id)));
      expect(second).toBe(first);
      expect(first).toBe('stat:identity-test-batch-first');
    } finally {
      for (const rows of batch) await deleteArticle(db.executor, rows.article.id);
    }
  });
});

describe('figures that disagree', () => {
  /** A stored figure of made-up words, its key computed by the rule itself. */
  function figure(
    value: number,
    measure: string,
    unit: string,
    placeId: string | null = PLACES[0]!.id,
    qualifier: string | null = null,
  ): StatisticRow {
    const period = { period: 'May 2029', periodStart: '2029-05-01', periodEnd: '2029-05-31' };
    const rule = { value, valueHigh: null, qualifier, measure, unit, ...period };
    return {
      ...STORED,
      ...rule,
      placeId,
      measureWords: [],
      comparisonKey: comparisonKey(rule),
      claimed: claimedRange(rule),
      text: String(value),
    };
  }

  const FIGURES = {
    'beds-a': figure(8111, 'shelter beds', 'beds'),
    'beds-b': figure(8222, 'shelter bed', 'beds'),
    'beds-share': figure(14, 'shelter beds', 'percent'),
    'new-beds': figure(8333, 'new shelter beds', 'beds'),
    'beds-elsewhere': figure(8444, 'shelter beds', 'beds', PLACES[1]!.id),
    'beds-over': figure(8000, 'shelter beds', 'beds', PLACES[0]!.id, 'more than'),
  };
  const articles = Object.entries(FIGURES).map(([name, statistic]) => articleWith(`disagree-${name}`, statistic));

  beforeAll(() => writeArticles(db.executor, articles));
  afterAll(async () => {
    for (const rows of articles) await deleteArticle(db.executor, rows.article.id);
  });

  async function disagreeing(name: keyof typeof FIGURES): Promise<number[]> {
    const rows = await db.executor.read(getDisagreements, { ids: [`stat:identity-test-disagree-${name}`] });
    return rows.map((row) => Number(row.node.value));
  }

  it('when two figures count the same thing in the same period and place with other values, then each disagrees with the other', async () => {
    expect(await disagreeing('beds-a')).toEqual([8222]);
    expect(await disagreeing('beds-b')).toEqual([8111]);
  });

  it('when a figure is a lower bound both values can meet, then it disagrees with neither', async () => {
    expect(await disagreeing('beds-over')).toEqual([]);
  });

  it('when a figure is a share, counts new ones only, or is about another place, then it disagrees with none of them', async () => {
    expect(await disagreeing('beds-share')).toEqual([]);
    expect(await disagreeing('new-beds')).toEqual([]);
    expect(await disagreeing('beds-elsewhere')).toEqual([]);
  });
});
