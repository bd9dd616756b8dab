/** Test data: one article of quotes and claims, with their speakers, written through the real writer. */
import type { Executor } from '../../db/executor.js';
import type { Evidence, PersonItem, QuoteItem, QuoteKind, SourceDocument } from '../../loaders/extraction.js';
import { graphRows } from '../../loaders/write/graph-rows.js';
import { writeArticle } from '../../loaders/write/write-articles.js';
import { bareExtraction } from './articles.js';

export interface QuoteSpec {
  /** A person's name; null for words the article does not attribute. */
  readonly speaker: string | null;
  readonly text: string;
  readonly kind?: QuoteKind;
  /** A sentence before the quote: the line becomes `Lead “words” Name said.`, the quote opening its sentence. */
  readonly lead?: string;
}

/**
 * Writes an article with one line per quote (`Name said: “words”`, or after a lead sentence), evidence
 * offsets pointing into it.
 */
export async function writeQuotes(
  executor: Executor,
  title: string,
  specs: readonly QuoteSpec[],
): Promise<SourceDocument> {
  let text = `${title}\n`;
  const quotes: QuoteItem[] = [];
  const mentions = new Map<string, Evidence[]>();
  for (const spec of specs) {
    const said = `${spec.speaker ?? 'Someone'} said`;
    const quoteSentence = spec.lead ? `“${spec.text}” ${said}.` : `${said}: “${spec.text}”`;
    const line = spec.lead ? `${spec.lead} ${quoteSentence}` : quoteSentence;
    const lineStart = text.length;
    const start = lineStart + line.indexOf('“') + 1;
    const evidence = { start, end: start + spec.text.length, sentence: quoteSentence, confidence: 1 };
    quotes.push({
      text: spec.text,
      kind: spec.kind ?? 'direct',
      speaker: spec.speaker,
      speakerKind: spec.speaker ? 'person' : null,
      speakerDescription: null,
      evidence,
    });
    if (spec.speaker)
      mentions.set(spec.speaker, [
        ...(mentions.get(spec.speaker) ?? []),
        { start: lineStart, end: lineStart + spec.speaker.length, sentence: line, confidence: 1 },
      ]);
    text += `${line}\n`;
  }
  const people: PersonItem[] = [...mentions].map(([name, evidence]) => ({
    name,
    mentions: [name],
    roles: [],
    affiliations: [],
    roleDetails: [],
    evidence,
  }));
  const doc: SourceDocument = { source: `${title}.txt`, text, title, outlet: 'Test Wire', date: '2021-06-01' };
  await writeArticle(
    executor,
    graphRows(doc, {
      ...bareExtraction(doc),
      people,
      quotes: quotes.filter((q) => q.kind !== 'indirect'),
      claims: quotes.filter((q) => q.kind === 'indirect'),
    }),
  );
  return doc;
}

/** A word no article has used: letters only, so the full-text tokenizer keeps it whole. */
export function uniqueWord(prefix: string): string {
  const letters = Array.from({ length: 10 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
  return `${prefix}${letters}`;
}
