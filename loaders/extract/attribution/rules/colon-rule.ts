import { attributed, type AttributionRule, type AttributionScope } from '../attribution-rule.js';
import { speakersWithin, toAttribution, type SpeakerMention } from '../speaker-mentions.js';

/**
 * "Ana Ruiz, director of the Border Relief Alliance: “…”": a colon introduces the quotation, in its
 * sentence or as the line before the paragraph the quotation opens. The first person named there speaks
 * (else the first organization).
 */
export const colonRule: AttributionRule = {
  name: 'colon',
  targets: new Set(['quote']),
  attribute(t, scope) {
    const text = scope.ctx.text;
    if (/:\s*$/.test(text.slice(t.from, t.start))) {
      const s = firstSpeaker(speakersWithin(scope.speakers, t.from, t.start));
      if (s) return attributed(toAttribution(s), colonRule.name, 0.7);
    }
    const line = lineBefore(scope, t.start);
    if (line && /:\s*$/.test(text.slice(line.start, line.end))) {
      const s = firstSpeaker(speakersWithin(scope.speakers, line.start, line.end));
      if (s) return attributed(toAttribution(s), colonRule.name, 0.75);
    }
    return null;
  },
};

function firstSpeaker(speakers: readonly SpeakerMention[]): SpeakerMention | undefined {
  return speakers.find((s) => s.kind === 'person') ?? speakers[0];
}

/** The paragraph before the one a quotation opens, when it does open one. */
function lineBefore(scope: AttributionScope, quoteStart: number): { start: number; end: number } | null {
  const { ctx } = scope;
  const p = ctx.paragraphs.find((x) => x.start <= quoteStart && quoteStart < x.end);
  if (!p || p.start !== quoteStart || p.index === 0) return null;
  const prev = ctx.paragraphs[p.index - 1];
  return prev && ctx.furnitureAt(prev.start) === null ? prev : null;
}
