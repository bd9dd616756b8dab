import { ABBREVIATIONS, isInitial } from './abbreviations.js';

export type TokenKind = 'word' | 'number' | 'possessive' | 'punct';

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
  /** Starts with an upper-case letter. */
  readonly cap: boolean;
  /** How gazetteer phrases compare it (see `tokenKey`), computed once. */
  readonly key: string;
}

const TOKEN_RE = /(\d+(?:,\d{3})*(?:\.\d+)?)|(\p{L}[\p{L}\p{M}\d]*(?:[-'’.&/][\p{L}\p{M}\d]+)*)|(\S)/gu;

/** Words, numbers and punctuation with offsets; "’s" is its own token so names stay clean. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(slice); m; m = TOKEN_RE.exec(slice)) {
    const start = from + m.index;
    if (m[1] !== undefined) {
      out.push({ text: m[1], start, end: start + m[1].length, kind: 'number', cap: false, key: m[1] });
      continue;
    }
    if (m[2] !== undefined) {
      let word = m[2];
      const poss = /^(.+?)(['’]s)$/u.exec(word);
      if (poss?.[1] && poss[2]) {
        const base = poss[1];
        out.push(wordToken(base, start));
        out.push({
          text: poss[2],
          start: start + base.length,
          end: start + word.length,
          kind: 'possessive',
          cap: false,
          key: "'s",
        });
        continue;
      }
      if (text[start + word.length] === '.' && takesPeriod(word)) {
        word += '.';
        TOKEN_RE.lastIndex += 1;
      }
      out.push(wordToken(word, start));
      continue;
    }
    const ch = m[3] ?? '';
    out.push({ text: ch, start, end: start + ch.length, kind: 'punct', cap: false, key: keyOfText(ch) });
  }
  return out;
}

function wordToken(word: string, start: number): Token {
  const first = word[0] ?? '';
  return {
    text: word,
    start,
    end: start + word.length,
    kind: 'word',
    cap: first !== first.toLowerCase(),
    key: keyOfText(word),
  };
}

function takesPeriod(word: string): boolean {
  const last = word.split('-').pop() ?? word;
  return (
    ABBREVIATIONS.has(word) || ABBREVIATIONS.has(last) || isInitial(word) || /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)
  );
}

/** Upper-case words joined by "of", "and", "for", "de"… inside a name are still part of it. */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'of',
  'and',
  'for',
  'the',
  'de',
  'del',
  'la',
  'los',
  'las',
  'on',
  'in',
  '&',
]);

const FUNCTION_WORDS = new Set([
  'of',
  'and',
  'for',
  'the',
  'on',
  'in',
  'de',
  'del',
  'la',
  'los',
  'las',
  'at',
  'to',
  '&',
]);

/**
 * How a token is compared with gazetteer phrases: names keep their case ("ICE" is not "ice"), small
 * joining words do not, and the spellings of "U.S." meet.
 */
export function tokenKey(t: Pick<Token, 'text' | 'kind'>): string {
  return t.kind === 'possessive' ? "'s" : keyOfText(t.text);
}

function keyOfText(text: string): string {
  const s = text.replace(/’/g, "'");
  if (s === 'U.S.' || s === 'US' || s === 'U.S') return 'US';
  const lower = s.toLowerCase();
  if (lower === '&') return 'and';
  if (FUNCTION_WORDS.has(lower)) return lower;
  return s;
}
