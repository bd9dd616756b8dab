import type { SpeakerKind } from '../../extraction.js';
import { attribute } from '../attribution/attribute.js';
import type { AttributionScope } from '../attribution/attribution-rule.js';
import { clauseSubjectRule } from '../attribution/rules/clause-subject-rule.js';
import type { Sentence } from '../text/sentences.js';

export interface SourceGuess {
  readonly name: string;
  readonly kind: SpeakerKind;
  /** Stated outright ("according to", "X said", "X's data") rather than read off the clause's subject. */
  readonly explicit: boolean;
}

/** Who reported a figure (offsets absolute), by the same rules that attribute quotations. */
export function guessSource(scope: AttributionScope, sentence: Sentence, start: number, end: number): SourceGuess | null {
  const found = attribute({ kind: 'figure', start, end, from: sentence.start, to: sentence.end }, scope);
  return found ? { name: found.speaker, kind: found.kind, explicit: found.rule !== clauseSubjectRule.name } : null;
}
