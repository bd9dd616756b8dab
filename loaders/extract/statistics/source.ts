import type { SpeakerKind } from '../../extraction.js';
import { attribute } from '../attribution/attribute.js';
import type { AttributionScope } from '../attribution/attribution-rule.js';
import { citedDocumentRule } from '../attribution/rules/cited-document-rule.js';
import { clauseSubjectRule } from '../attribution/rules/clause-subject-rule.js';
import type { Sentence } from '../../text/sentences.js';

export interface SourceGuess {
  readonly name: string;
  readonly kind: SpeakerKind;
  /**
   * How it was found: stated outright ("according to", "X said", "X's data"), read off the clause's
   * subject, or taken from the document the article's lead cites. A source stated earlier in the
   * paragraph beats the last of these, not the subject.
   */
  readonly how: 'stated' | 'subject' | 'lead';
}

/** Who reported a figure (offsets absolute), by the same rules that attribute quotations. */
export function guessSource(
  scope: AttributionScope,
  sentence: Sentence,
  start: number,
  end: number,
): SourceGuess | null {
  const found = attribute({ kind: 'figure', start, end, from: sentence.start, to: sentence.end }, scope);
  if (!found) return null;
  const how =
    found.rule === clauseSubjectRule.name ? 'subject' : found.rule === citedDocumentRule.name ? 'lead' : 'stated';
  return { name: found.speaker, kind: found.kind, how };
}
