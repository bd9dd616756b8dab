import { attributed, QUOTES_AND_FIGURES, type AttributionRule, type AttributionScope } from '../attribution-rule.js';
import { describedStartingAt, speakerStartingNear } from '../speaker-phrase.js';
import type { Attribution } from '../speaker-mentions.js';
import { insideOtherQuote } from '../quote-spans.js';

/** "according to X", "per X", "citing X", "as reported by X": X is the source of the sentence's words. */
const CUE_RE = /\b(?:according to|per|citing|as reported by|as estimated by)\s+/gi;
/**
 * The source named after the cue, before any comma: a name within these characters ("according to figures
 * released Monday by the Department of Homeland Security"), else a description ("the outlet", "a copy of
 * the guidelines").
 */
const NAME_REACH = 60;

export interface Cue {
  /** Where the cue's words start and where its source starts. */
  readonly start: number;
  readonly at: number;
  readonly source: Attribution;
}

/** Every "according to X" of a stretch with a source that can be named, in order. */
export function accordingToCues(scope: AttributionScope, from: number, to: number, reference: number): Cue[] {
  const text = scope.ctx.text;
  const out: Cue[] = [];
  for (const m of text.slice(from, to).matchAll(CUE_RE)) {
    const start = from + (m.index ?? 0);
    const at = start + m[0].length;
    if (insideOtherQuote(scope, start, reference)) continue;
    const source = speakerStartingNear(scope, at, NAME_REACH) ?? describedStartingAt(scope, at, to);
    if (source) out.push({ start, at, source });
  }
  return out;
}

/**
 * "“…,” according to a spokesperson for CBP", "According to NBC News, authorities apprehended 6,200":
 * of the cues in the words' stretch, the nearest to them (one after a quotation first).
 */
export const accordingToRule: AttributionRule = {
  name: 'according-to',
  targets: QUOTES_AND_FIGURES,
  attribute(t, scope) {
    // "…,” citing X" after a quotation names whom the speaker cites, not the speaker.
    const cues = accordingToCues(scope, t.from, t.to, t.start).filter(
      (c) => (c.start >= t.end && !/^citing/i.test(scope.ctx.text.slice(c.start, c.at))) || c.at <= t.start,
    );
    if (!cues.length) return null;
    const distance = (c: Cue): number =>
      c.start >= t.end ? c.start - t.end : t.start - c.at + (t.kind === 'quote' ? 1_000 : 0);
    const nearest = cues.reduce((a, b) => (distance(b) < distance(a) ? b : a));
    return attributed(nearest.source, accordingToRule.name, 0.85);
  },
};
