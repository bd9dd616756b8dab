import type { StatisticItem } from '../extraction.js';
import { evidenceAt } from './evidence.js';
import type { Extractor } from './extractor.js';
import { buildAttributionScope } from './attribution/attribution-scope.js';
import { findFigures, type Figure } from './statistics/figures.js';
import { guessMeasure, type MeasureGuess } from './statistics/measure.js';
import { NO_TIMES, namedAfter, nearestPeriod, periodsIn, timesNamedIn, type NamedTimes } from './statistics/period.js';
import { guessSource, type SourceGuess } from './statistics/source.js';
import { contentWords } from '../text/normalize.js';

/**
 * Figures with what they count, when, where and on whose word. Furniture, the headline and the deck
 * never give figures; the same figure stated twice is one statistic.
 */
export const statisticsExtractor: Extractor = {
  name: 'statistics',
  extract(ctx, found) {
    const scope = buildAttributionScope(ctx, found);
    const statistics: StatisticItem[] = [];
    // Figures kept so far by amount, as indexes into `statistics`: a new one is compared only with those
    // of its amount, not with all, which made a page dense with figures quadratic.
    const byAmount = new Map<string, number[]>();
    const how = new Map<StatisticItem, MeasureGuess['how']>();
    let lastParagraph = -1;
    let previous: MeasureGuess | null = null;
    let sentencePrevious: MeasureGuess | null;
    let paragraphSource: SourceGuess | null = null;
    // The month and day the paragraph named last: "… 3,000 in June. … over 6,200 in a single month".
    let named: NamedTimes = NO_TIMES;
    for (const s of ctx.sentences) {
      if (ctx.isFurnitureSentence(s) || ctx.inTitle(s.start)) continue;
      if (s.paragraph !== lastParagraph) {
        lastParagraph = s.paragraph;
        previous = null;
        paragraphSource = null;
        named = NO_TIMES;
      }
      sentencePrevious = null;
      const figures = findFigures(s.text);
      if (!figures.length) {
        named = timesNamedIn(s.text, ctx.info.date, named);
        continue;
      }
      const periods = periodsIn(s.text, ctx.info.date, named);
      named = namedAfter(periods, named);
      const places = found.entities.within(s.start, s.end, ['place']);
      const place = places.find((p) => p.name !== 'United States') ?? places[0];
      for (const f of figures) {
        const absStart = s.start + f.start;
        const absEnd = s.start + f.end;
        if (ctx.furnitureAt(absStart) !== null) continue;
        const m = guessMeasure(s.text, f, sentencePrevious, previous);
        if (!isCounted(f, m)) continue;
        if (m.how !== 'frame') previous = sentencePrevious = m;
        const period = nearestPeriod(periods, f.start, f.end);
        // A source stated in the paragraph holds for its later figures that name none of their own.
        let source = guessSource(scope, s, absStart, absEnd);
        if (source?.how === 'stated') paragraphSource = source;
        else if (paragraphSource && (!source || source.how === 'lead')) source = paragraphSource;
        const unit = f.unit ?? (m.head && m.per ? `${m.head} per ${m.per}` : m.head);
        const item: StatisticItem = {
          value: f.value,
          valueHigh: f.valueHigh,
          vague: false,
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
          evidence: evidenceAt(ctx, absStart, absEnd, m.how === 'after' ? 0.85 : 0.65),
        };
        how.set(item, m.how);
        const key = `${item.value}|${item.valueHigh}`;
        const sameAmount = byAmount.get(key) ?? [];
        const same = sameAmount.find((i) => sameFigure(statistics[i] as StatisticItem, item));
        if (same !== undefined) {
          statistics[same] = retold(statistics[same] as StatisticItem, item, how);
          continue;
        }
        sameAmount.push(statistics.length);
        statistics.push(item);
        byAmount.set(key, sameAmount);
      }
    }
    return { statistics };
  },
};

/**
 * A number is a figure only when we can say what it counts: one with no measure tells a reader nothing.
 * A number in words is read as a count only before its noun ("seven vans"), beside a figure it is
 * compared with ("up from just two") or with a unit ("ten percent"); elsewhere words like "two" are
 * ordinary prose.
 */
function isCounted(f: Figure, m: MeasureGuess): boolean {
  if (m.how === 'none') return false;
  return !f.spelled || f.unit !== null || m.how === 'after' || m.how === 'inherit';
}

const MEASURE_RANK: Readonly<Record<MeasureGuess['how'], number>> = {
  after: 4,
  frame: 3,
  'number-of': 3,
  passive: 2,
  subject: 2,
  inherit: 1,
  none: 0,
};

/**
 * The first telling of a fact, with what a later telling says better: a measure read off the figure's
 * own noun phrase rather than a clause subject ("Deportations by ICE have exceeded 100,000 …", then
 * "“north of” 100,000 deportations"), a period pinned to a day within the same month ("since January"
 * then "since January 20"), a source where the first telling named none.
 */
function retold(
  first: StatisticItem,
  again: StatisticItem,
  how: Map<StatisticItem, MeasureGuess['how']>,
): StatisticItem {
  let out = first;
  if (MEASURE_RANK[how.get(again) ?? 'none'] > MEASURE_RANK[how.get(first) ?? 'none']) {
    out = { ...out, measure: again.measure, unit: out.unit ?? again.unit };
    how.set(out, how.get(again) ?? 'none');
  }
  const sharper =
    !out.period ||
    (again.periodStart && out.periodStart
      ? again.periodStart.slice(0, 7) === out.periodStart.slice(0, 7) && again.periodStart > out.periodStart
      : again.period?.startsWith(out.period) && again.period.length > out.period.length);
  if (again.period && sharper) {
    out = { ...out, period: again.period, periodStart: again.periodStart, periodEnd: again.periodEnd };
    how.set(out, how.get(first) ?? 'none');
  }
  if (!out.source && again.source) {
    out = { ...out, source: again.source, sourceKind: again.sourceKind };
    how.set(out, how.get(first) ?? 'none');
  }
  return out;
}

/** "200 Oregon Guard members" and "200 Idaho Guard members": each names something the other does not. */
function namesDiffer(a: string, b: string): boolean {
  const na = namesIn(a);
  const nb = namesIn(b);
  return na.some((w) => !nb.includes(w)) && nb.some((w) => !na.includes(w));
}

/** Capitalised words after the first: the names a measure is about. */
function namesIn(measure: string): string[] {
  return measure
    .split(/\s+/)
    .slice(1)
    .filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
}

/** One fact told twice ("exceeded 100,000 …", "“north of” 100,000 deportations"): same amount, same thing. */
function sameFigure(a: StatisticItem, b: StatisticItem): boolean {
  if (a.value !== b.value || a.valueHigh !== b.valueHigh) return false;
  if (a.unit !== b.unit && a.unit && b.unit) return false;
  if (
    a.periodStart &&
    a.periodEnd &&
    b.periodStart &&
    b.periodEnd &&
    (a.periodEnd < b.periodStart || b.periodEnd < a.periodStart)
  )
    return false;
  if (namesDiffer(a.measure, b.measure)) return false;
  const wa = contentWords(a.measure);
  const wb = new Set(contentWords(b.measure));
  return !wa.length || !wb.size || wa.some((w) => wb.has(w));
}
