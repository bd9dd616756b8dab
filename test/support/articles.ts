/** Test data: bare articles (no extracted facts) written through the real writer, under a unique outlet. */
import { randomUUID } from 'node:crypto';
import type { Executor } from '../../db/executor.js';
import { EXTRACTOR_VERSION, type Extraction, type SourceDocument } from '../../loaders/extraction.js';
import { graphRows } from '../../loaders/write/graph-rows.js';
import { writeArticle } from '../../loaders/write/write-articles.js';

export function uniqueName(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export function bareExtraction(doc: SourceDocument): Extraction {
  return {
    source: doc.source,
    extractorVersion: EXTRACTOR_VERSION,
    article: {
      title: doc.title ?? 'Untitled',
      outlet: doc.outlet ?? null,
      url: doc.url ?? null,
      date: doc.date ?? null,
      author: null,
      inferred: [],
      boilerplate: [],
    },
    people: [],
    organizations: [],
    places: [],
    policies: [],
    statistics: [],
    quotes: [],
    claims: [],
  };
}

/** Writes `count` articles of one outlet, dated one day apart from 2020-01-01. */
export async function writeBareArticles(executor: Executor, outlet: string, count: number): Promise<SourceDocument[]> {
  const docs: SourceDocument[] = [];
  for (let i = 0; i < count; i++) {
    const day = String(i + 1).padStart(2, '0');
    const doc = {
      source: `${outlet}-${i}.txt`,
      text: `${outlet} article ${i}\nBody ${i}.`,
      title: `${outlet} article ${i}`,
      outlet,
      date: `2020-01-${day}`,
    };
    await writeArticle(executor, graphRows(doc, bareExtraction(doc)));
    docs.push(doc);
  }
  return docs;
}

/** A surname no other test uses, shaped like a real one so the extractor recognises it. */
export function uniqueSurname(): string {
  const letters = randomUUID()
    .replace(/[^a-f]/g, '')
    .slice(0, 5)
    .padEnd(5, 'k');
  return `Brastov${letters}`;
}

/** A short article in which Mayor Elena <surname> is quoted, for tests that need their own people and quotes. */
export function mayorArticle(
  surname: string,
  quote = 'We will not cooperate with an order that tears families apart,',
): string {
  return [
    `Mayor ${surname} Pledges to Resist Detention Order`,
    '',
    `Mayor Elena ${surname} of Tucson said on Monday that the city would not help federal agents. “${quote}” ${surname} said.`,
    '',
    'U.S. Immigration and Customs Enforcement said it had arrested more than 1,200 people in Arizona in March.',
  ].join('\n');
}
