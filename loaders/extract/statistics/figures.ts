import { AFTER, BEFORE, type NumberInContext } from './not-a-figure-rule.js';
import { notAFigure } from './not-a-figure-rules.js';
import {
  MULTIPLE_WORD_RE,
  MULTIPLES,
  SMALL_NUMBERS,
  SPELLED_NUMBER_RE,
  TIMES_AFTER_RE,
  spelledValue,
} from './number-words.js';

export interface Figure {
  /** Offsets relative to the sentence: the whole figure with its qualifier ("over 6,200"). */
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly valueHigh: number | null;
  readonly qualifier: string | null;
  /** "percent", "times", or the currency ("dollars", "pounds", "euros") when the figure says so. */
  readonly unit: string | null;
  /** Written in words ("seven vans"): an amount only with its noun, a unit or a figure it is compared with. */
  readonly spelled: boolean;
  /** A verb that is itself the figure ("tripled"): what it counts is the clause's subject. */
  readonly multiplier: boolean;
}

const NUM = String.raw`([$£€]\s?)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s?(million|billion|trillion|thousand)\b)?(\s?(?:%|percent\b|per cent\b|percentage points?\b))?`;
const FIGURE_RE = new RegExp(NUM, 'g');
const RANGE_RE = new RegExp(String.raw`^\s*(?:to|-|–|and)\s*${NUM}`);
/** Enough for the longest qualifier with a quotation mark and an article ("approximately “a "). */
const QUALIFIER_CHARS = 24;
const PERCENT_AFTER_RE = /^\s?(?:percent|per cent)\b/i;
const SCALE: Readonly<Record<string, number>> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  bn: 1e9,
};
const COMPACT_SCALE_RE = /^(k|m|mn|bn)\b/i;
const CURRENCIES: Readonly<Record<string, string>> = { $: 'dollars', '£': 'pounds', '€': 'euros' };

const QUALIFIER_RE =
  /\b(more than|over|nearly|almost|about|around|approximately|roughly|some|at least|at most|up to|fewer than|less than|below|under|above|exceeding|exceeded|exceeds|north of|south of|close to|upwards of|as many as|as few as|an estimated|estimated|just over|just under|topped|surpassed|well over|more|fewer)\s*["“”'‘’]?\s*(?:a\s+)?$/i;
const QUALIFIER_MAP: Readonly<Record<string, string>> = {
  exceeded: 'more than',
  exceeds: 'more than',
  exceeding: 'more than',
  topped: 'more than',
  surpassed: 'more than',
  'an estimated': 'approximately',
  estimated: 'approximately',
};
/** "the two companies", "all five", "one of": a number that points back at things already counted. */
const REFERRING_BEFORE =
  /\b(?:the|these|those|both|all|its|their|his|her|our|my|your|whose|each|every|only|first|last|next|another|other)\s+$/i;

/**
 * Numbers that state an amount, with their qualifier and range: in digits, in words ("seven vans") or as
 * a multiple ("more than tripled"). What is not an amount (years, dates, ages, labels, channels,
 * addresses…) is ruled out by NOT_A_FIGURE_RULES. Vague amounts ("tens of thousands of") are no figures:
 * they have no value to compare, and analysts do not record them.
 */
export function findFigures(s: string): Figure[] {
  const out: Figure[] = [];
  FIGURE_RE.lastIndex = 0;
  for (let m = FIGURE_RE.exec(s); m; m = FIGURE_RE.exec(s)) {
    let end = m.index + m[0].length;
    const windowBefore = s.slice(Math.max(0, m.index - QUALIFIER_CHARS), m.index);
    const q = QUALIFIER_RE.exec(windowBefore);
    const raw = m[2] ?? '';
    const n: NumberInContext = {
      raw,
      value: Number(raw.replace(/,/g, '')),
      before: windowBefore.slice(-BEFORE),
      after: s.slice(end, end + AFTER),
      marked: !!(m[1] || m[3] || m[4] || m[5]),
      qualified: !!q,
      spelled: false,
    };
    if (notAFigure(n)) continue;
    let value = toValue(m);
    let valueHigh: number | null = null;
    // "£17m", "$1.2bn": a sum may carry its scale as a letter or two.
    const compact = m[1] && !m[4] ? COMPACT_SCALE_RE.exec(n.after) : null;
    if (compact) {
      value *= SCALE[(compact[1] ?? '').toLowerCase()] ?? 1;
      end += compact[0].length;
    }
    const range = compact ? null : RANGE_RE.exec(n.after);
    const sep = range ? (/^\s*(\S+)/.exec(range[0])?.[1] ?? '') : '';
    // "fell 12 percent to 34,546" is a change and a level, not a range: a percentage ranges only to another.
    const sameKind = !m[5] || !!range?.[5];
    if (
      range &&
      sameKind &&
      (sep !== 'and' || /\bbetween\s*$/i.test(windowBefore)) &&
      !/\b(?:from|up from|down from)\s*$/i.test(windowBefore)
    ) {
      const high = toValue(range);
      const scale = range[4] ? (SCALE[range[4]] ?? 1) : 1;
      const lowScaled = !m[4] && scale > 1 ? value * scale : value;
      if (high > lowScaled) {
        value = lowScaled;
        valueHigh = high;
        end += range[0].length;
        FIGURE_RE.lastIndex = end;
      }
    }
    const times = !valueHigh && !n.marked ? TIMES_AFTER_RE.exec(n.after) : null;
    if (times) end += times[0].length;
    const currency = m[1] ?? range?.[1];
    const unit = times
      ? 'times'
      : m[5] || range?.[5]
        ? 'percent'
        : currency
          ? (CURRENCIES[currency.trim()] ?? 'dollars')
          : null;
    out.push({
      ...qualified(windowBefore, q, m.index),
      end,
      value,
      valueHigh,
      unit,
      spelled: false,
      multiplier: false,
    });
  }
  findSpelled(s, out);
  findMultipliers(s, out);
  return out.sort((a, b) => a.start - b.start);
}

function findSpelled(s: string, out: Figure[]): void {
  SPELLED_NUMBER_RE.lastIndex = 0;
  for (let m = SPELLED_NUMBER_RE.exec(s); m; m = SPELLED_NUMBER_RE.exec(s)) {
    const value = spelledValue(m);
    if (value < 2) continue;
    const end = m.index + m[0].length;
    const before = s.slice(Math.max(0, m.index - QUALIFIER_CHARS), m.index);
    const after = s.slice(end, end + AFTER);
    if (REFERRING_BEFORE.test(before) || /^\s+(?:of|or|and|to)\b/i.test(after)) continue;
    const q = QUALIFIER_RE.exec(before);
    const n: NumberInContext = {
      raw: m[0],
      value,
      before: before.slice(-BEFORE),
      after,
      marked: !!m[3],
      qualified: !!q,
      spelled: true,
    };
    if (notAFigure(n)) continue;
    const times = TIMES_AFTER_RE.exec(after);
    const percent = times ? null : PERCENT_AFTER_RE.exec(after);
    const unit = times ? 'times' : percent ? 'percent' : null;
    out.push({
      ...qualified(before, q, m.index),
      end: end + ((times ?? percent)?.[0].length ?? 0),
      value,
      valueHigh: null,
      unit,
      spelled: true,
      multiplier: false,
    });
  }
}

function findMultipliers(s: string, out: Figure[]): void {
  MULTIPLE_WORD_RE.lastIndex = 0;
  for (let m = MULTIPLE_WORD_RE.exec(s); m; m = MULTIPLE_WORD_RE.exec(s)) {
    const word = (m[1] ?? m[2] ?? '').toLowerCase();
    const value = word ? (MULTIPLES[word] ?? 2) : (SMALL_NUMBERS.get((m[3] ?? '').toLowerCase()) ?? 2);
    const before = s.slice(Math.max(0, m.index - QUALIFIER_CHARS), m.index);
    const q = QUALIFIER_RE.exec(before);
    out.push({
      ...qualified(before, q, m.index),
      end: m.index + m[0].length,
      value,
      valueHigh: null,
      unit: 'times',
      spelled: false,
      multiplier: !!m[1],
    });
  }
}

/** The figure's start and qualifier; `before` is the window that ends where the number starts. */
function qualified(before: string, q: RegExpExecArray | null, at: number): { start: number; qualifier: string | null } {
  if (!q?.[1]) return { start: at, qualifier: null };
  return { start: at - (before.length - q.index), qualifier: QUALIFIER_MAP[q[1].toLowerCase()] ?? q[1].toLowerCase() };
}

function toValue(m: RegExpExecArray): number {
  const base = Number(`${(m[2] ?? '').replace(/,/g, '')}${m[3] ?? ''}`);
  return base * (m[4] ? (SCALE[m[4]] ?? 1) : 1);
}
