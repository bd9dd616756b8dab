import type { SpeakerKind } from '../../extraction.js';
import { SAYING_VERBS } from '../gazetteer/saying-verbs.js';
import { possessed, speakersWithin, type SpeakerMention } from '../speakers.js';

export interface SourceGuess {
  readonly name: string;
  readonly kind: SpeakerKind;
  /** Stated outright ("according to", "X said", "X's data") rather than read off the clause's subject. */
  readonly explicit: boolean;
}

const DATA_NOUNS = /^(?:['’]s?\s+)?(?:\w+\s+)?(?:analysis|data|report|reports|study|figures|statistics|numbers|records|estimates?|survey|review|tally|count)\b/i;

/**
 * Who reported a figure, from its sentence (offsets absolute): "according to X", "X said/reported",
 * "X's analysis", "data obtained by X"; failing those, the organization or person the clause is about
 * when it comes before the figure ("the Department of Justice charged over 3,000 …").
 */
export function guessSource(text: string, sStart: number, sEnd: number, figAt: number, speakers: readonly SpeakerMention[]): SourceGuess | null {
  const inSentence = speakersWithin(speakers, sStart, sEnd);
  if (!inSentence.length) return null;
  const sentence = text.slice(sStart, sEnd);
  for (const m of sentence.matchAll(/\b(?:according to|obtained by|compiled by|released by|published by|provided by|data from|figures from|cited by)\s+/gi)) {
    const at = sStart + (m.index ?? 0) + m[0].length;
    const s = inSentence.find((x) => x.start >= at && x.start < at + 25);
    if (s) return from(possessed(text, speakers, s), true);
  }
  for (const s of inSentence) {
    const after = text.slice(s.end, s.end + 40);
    if (DATA_NOUNS.test(after)) return from(s, true);
    const verb = /^\s*(?:also\s+|has\s+|have\s+|had\s+)?(\p{L}+)/u.exec(after)?.[1]?.toLowerCase() ?? '';
    if (SAYING_VERBS.has(verb) && verb !== 'called') return from(s, true);
  }
  // The last name before the figure that is not a possessive modifier ("Trump’s presidency, ICE had made …").
  const subject = inSentence.filter((s) => s.end <= figAt && !/^['’]/.test(text.slice(s.end, s.end + 1))).pop();
  return subject ? from(subject, false) : null;
}

function from(s: SpeakerMention, explicit: boolean): SourceGuess {
  return { name: s.name, kind: s.kind, explicit };
}
