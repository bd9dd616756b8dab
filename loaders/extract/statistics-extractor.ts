import type { StatisticItem } from '../extraction.js';
import { evidenceAt } from './evidence.js';
import type { Extractor } from './extractor.js';
import { buildSpeakerMentions } from './speakers.js';
import { findFigures } from './statistics/figures.js';
import { guessMeasure, type MeasureGuess } from './statistics/measure.js';
import { nearestPeriod, periodsIn } from './statistics/period.js';
import { guessSource, type SourceGuess } from './statistics/source.js';
import { contentWords } from './text/normalize.js';

/**
 * Figures with what they count, when, where and on whose word. Furniture, the headline and the deck
 * never give figures; the same figure stated twice is one statistic.
 */
export const statisticsExtractor: Extractor = {
  name: 'statistics',
  extract(ctx, found) {
    const speakers = buildSpeakerMentions(ctx, found.entities);
    const statistics: StatisticItem[] = [];
    // Figures kept so far by amount (vague ones are never the same as another): a new one is compared
    // only with those of its amount, not with all, which made a page dense with figures quadratic.
    const byAmount = new Map<string, StatisticItem[]>();
    let lastParagraph = -1;
    let previous: MeasureGuess | null = null;
    let sentencePrevious: MeasureGuess | null = null;
    let paragraphSource: SourceGuess | null = null;
    for (const s of ctx.sentences) {
      if (ctx.isFurnitureSentence(s) || ctx.inTitle(s.start)) continue;
      if (s.paragraph !== lastParagraph) {
        lastParagraph = s.paragraph;
        previous = null;
        paragraphSource = null;
      }
      sentencePrevious = null;
      const figures = findFigures(s.text);
      if (!figures.length) continue;
      const periods = periodsIn(s.text, ctx.info.date);
      const places = found.entities.within(s.start, s.end, ['place']);
      const place = places.find((p) => p.name !== 'United States') ?? places[0];
      for (const f of figures) {
        const absStart = s.start + f.start;
        const absEnd = s.start + f.end;
        if (ctx.furnitureAt(absStart) !== null) continue;
        const m = guessMeasure(s.text, f.start, f.end, f.unit === 'percent' || f.vague, sentencePrevious, previous);
        if (m.how !== 'none') previous = sentencePrevious = m;
        const period = nearestPeriod(periods, f.start, f.end);
        let source = guessSource(ctx.text, s.start, s.end, absStart, speakers);
        if (source?.explicit) paragraphSource = source;
        else if (paragraphSource) source = paragraphSource;
        const unit = f.unit ?? m.head;
        const item: StatisticItem = {
          value: f.value,
          valueHigh: f.valueHigh,
          vague: f.vague,
          qualifier: f.qualifier,
          unit,
          measure: m.measure,
          period: period?.text ?? null,
          periodStart: period?.start ?? null,
          periodEnd: period?.end ?? null,
          place: place?.name ?? null,
          source: source?.name ?? null,
          sourceKind: source?.kind ?? null,
          text: ctx.text.slice(absStart, absEnd),
          evidence: evidenceAt(ctx, absStart, absEnd, m.how === 'after' ? 0.85 : m.how === 'none' ? 0.4 : 0.65),
        };
        if (item.vague) {
          statistics.push(item);
          continue;
        }
        const key = `${item.value}|${item.valueHigh}`;
        const sameAmount = byAmount.get(key) ?? [];
        if (sameAmount.some((x) => sameFigure(x, item))) continue;
        statistics.push(item);
        sameAmount.push(item);
        byAmount.set(key, sameAmount);
      }
    }
    return { statistics };
  },
};

/** One fact told twice ("exceeded 100,000 …", "“north of” 100,000 deportations"): same amount, same thing. */
function sameFigure(a: StatisticItem, b: StatisticItem): boolean {
  if (a.vague || b.vague || a.value !== b.value || a.valueHigh !== b.valueHigh) return false;
  if (a.unit !== b.unit && a.unit && b.unit) return false;
  const wa = contentWords(a.measure);
  const wb = new Set(contentWords(b.measure));
  return !wa.length || !wb.size || wa.some((w) => wb.has(w));
}
