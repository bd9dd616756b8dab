import { monthNumber } from '../text/dates.js';

export interface Figure {
  /** Offsets relative to the sentence: the whole figure with its qualifier ("over 6,200"). */
  readonly start: number;
  readonly end: number;
  /** Offsets of the number part only. */
  readonly numStart: number;
  readonly value: number | null;
  readonly valueHigh: number | null;
  readonly vague: boolean;
  readonly qualifier: string | null;
  /** "percent" or "dollars" when the figure says so. */
  readonly unit: string | null;
}

const NUM = String.raw`(\$\s?)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s?(million|billion|trillion|thousand)\b)?(\s?(?:%|percent\b|per cent\b|percentage points?\b))?`;
const FIGURE_RE = new RegExp(NUM, 'g');
const RANGE_RE = new RegExp(String.raw`^\s*(?:to|-|–|and)\s*${NUM}`);
const SCALE: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

const QUALIFIER_RE =
  /(more than|over|nearly|almost|about|around|approximately|roughly|some|at least|at most|up to|fewer than|less than|below|under|above|exceeding|exceeded|exceeds|north of|south of|close to|upwards of|as many as|as few as|an estimated|estimated|just over|just under|topped|surpassed|well over|more|fewer)\s*["“”'‘’]?\s*$/i;
const QUALIFIER_MAP: Readonly<Record<string, string>> = {
  exceeded: 'more than', exceeds: 'more than', exceeding: 'more than', topped: 'more than', surpassed: 'more than',
  'an estimated': 'approximately', estimated: 'approximately',
};
const VAGUE_RE = /\b(tens of thousands|hundreds of thousands|thousands|hundreds|millions|dozens|scores) of\b/gi;

const TIME_UNIT_AFTER = /^\s*-?\s*(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|year-old|years-old|yr)\b/i;
const STATUTE_BEFORE = /(?:U\.?S\.?C\.?|USC|§|Section|Sec\.|Title|Article|Chapter|Rule|Proposition|Prop\.|No\.|Amendment|Form|H\.R\.|S\.|Order|Code|Room|Route|Highway|Interstate|I-|Flight|District|Precinct|Page|Chapter|Volume|Vol\.)\s*$/;
const STATUTE_AFTER = /^\s*(?:U\.?S\.?C|USC|C\.F\.R|CFR)\b/;

/**
 * Numbers that state an amount, with their qualifier and range; vague amounts ("tens of thousands of")
 * too. Years, dates, times, ordinals, durations, ages, statute and form numbers, and numbers inside names
 * ("MS-13") are not amounts.
 */
export function findFigures(s: string): Figure[] {
  const out: Figure[] = [];
  FIGURE_RE.lastIndex = 0;
  for (let m = FIGURE_RE.exec(s); m; m = FIGURE_RE.exec(s)) {
    const numStart = m.index + (m[1]?.length ?? 0);
    let end = m.index + m[0].length;
    if (!isAmount(s, m, numStart, end)) continue;
    let value = toValue(m);
    let valueHigh: number | null = null;
    const before = s.slice(0, m.index);
    const range = RANGE_RE.exec(s.slice(end));
    const sep = range ? /^\s*(\S+)/.exec(range[0])?.[1] ?? '' : '';
    if (range && (sep !== 'and' || /\bbetween\s*$/i.test(before)) && !/\b(?:from|up from|down from)\s*$/i.test(before)) {
      const high = toValue(range);
      const scale = range[4] ? SCALE[range[4]] ?? 1 : 1;
      const lowScaled = !m[4] && scale > 1 ? value * scale : value;
      if (high > lowScaled) {
        value = lowScaled;
        valueHigh = high;
        end += range[0].length;
        FIGURE_RE.lastIndex = end;
      }
    }
    const unit = m[5] || range?.[5] ? 'percent' : m[1] || range?.[1] ? 'dollars' : null;
    const q = QUALIFIER_RE.exec(before);
    const qualifier = q?.[1] ? QUALIFIER_MAP[q[1].toLowerCase()] ?? q[1].toLowerCase() : null;
    const start = q ? q.index : m.index;
    out.push({ start, end, numStart, value, valueHigh, vague: false, qualifier, unit });
  }
  VAGUE_RE.lastIndex = 0;
  for (let m = VAGUE_RE.exec(s); m; m = VAGUE_RE.exec(s)) {
    const end = m.index + (m[1]?.length ?? 0);
    out.push({ start: m.index, end, numStart: m.index, value: null, valueHigh: null, vague: true, qualifier: null, unit: null });
  }
  return out.sort((a, b) => a.start - b.start);
}

function toValue(m: RegExpExecArray): number {
  const base = Number(`${(m[2] ?? '').replace(/,/g, '')}${m[3] ?? ''}`);
  return base * (m[4] ? SCALE[m[4]] ?? 1 : 1);
}

function isAmount(s: string, m: RegExpExecArray, numStart: number, end: number): boolean {
  const prev = s[numStart - 1] ?? '';
  const prev2 = s[numStart - 2] ?? '';
  const next = s[end] ?? '';
  if (/[\p{L}\d#/:.]/u.test(prev) || (/[-–]/.test(prev) && /\p{L}/u.test(prev2))) return false;
  // A comma between digits that is not a thousands separator makes a list ("1,2,3,4"), not an amount.
  if ((/\d/.test(prev2) && prev === ',') || /^,\d(?!\d{2}(?:\D|$))/.test(s.slice(end))) return false;
  if (/\p{L}/u.test(next) && !m[4] && !m[5]) return false;
  const after = s.slice(end);
  if (/^[/:]\d/.test(after) || /^\s?(?:a\.m\.|p\.m\.|am\b|pm\b)/i.test(after)) return false;
  // "1.2.3.4": a version or an address, not an amount (its later parts are ruled out by the "." before them).
  if (/^\.\d/.test(after)) return false;
  if (/^(?:st|nd|rd|th)\b/.test(after)) return false;
  const before = s.slice(0, m.index);
  if (STATUTE_BEFORE.test(before) || STATUTE_AFTER.test(after)) return false;
  if (!m[4] && !m[5] && !m[1] && TIME_UNIT_AFTER.test(after)) return false;
  const raw = m[2] ?? '';
  const n = Number(raw.replace(/,/g, ''));
  // Beyond 15 digits a number is an identifier or noise, and a double could not hold it exactly anyway.
  if (raw.replace(/\D/g, '').length > 15) return false;
  const prevWord = /(\p{L}+)\.?\s*$/u.exec(before)?.[1] ?? '';
  if (monthNumber(prevWord) && n <= 31) return false;
  if (/^\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(after) && n <= 31) return false;
  if (!raw.includes(',') && !m[3] && !m[1] && !m[4] && !m[5] && n >= 1900 && n <= 2100 && !QUALIFIER_RE.test(before)) return false;
  if (/\p{Lu}\p{L}+,\s*$/u.test(before) && /^\s*,/.test(after) && n < 120) return false;
  return true;
}
