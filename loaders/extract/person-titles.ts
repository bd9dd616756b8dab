import type { Token } from '../text/tokens.js';
import { TITLES_BEFORE_NAME } from '../gazetteer/titles.js';

const TITLE_SET = new Set(TITLES_BEFORE_NAME.map((t) => t.toLowerCase()));
const MAX_TITLE_WORDS = Math.max(...TITLES_BEFORE_NAME.map((t) => t.split(' ').length));
const MODIFIERS = new Set([
  'former',
  'acting',
  'then',
  'deputy',
  'assistant',
  'interim',
  'senior',
  'u.s.',
  'us',
  'federal',
  'top',
  'chief',
  'associate',
  'incoming',
  'outgoing',
  'late',
  'then-president',
  'republican',
  'democratic',
  'gop',
]);

export interface TitleMatch {
  readonly from: number;
  readonly to: number;
  /** The words as written ("former President"). */
  readonly text: string;
  /** The title without "former"/"acting" ("President"). */
  readonly core: string;
  readonly former: boolean;
}

/**
 * The role title written right before token `end` ("Attorney General" before "Jeff Sessions"), grown
 * leftwards over modifiers and organization names ("acting ICE director"), and over a place between a
 * body and its title ("ICE Chicago Field Office Director"). `kindAt` tells which tokens belong to an
 * organization or a place mention.
 */
export function titleBefore(
  text: string,
  toks: readonly Token[],
  end: number,
  floor: number,
  kindAt: (i: number) => string | undefined,
): TitleMatch | null {
  const isOrgToken = (i: number): boolean => kindAt(i) === 'organization';
  const best =
    titleEndingAt(toks, end, floor) >= 0 ? titleEndingAt(toks, end, floor) : titleWithComplement(toks, end, floor);
  if (best < 0) return null;
  const coreFrom = best;
  let from = best;
  while (from - 1 >= floor) {
    const t = toks[from - 1];
    if (!t) break;
    const low = t.text.toLowerCase();
    if (
      MODIFIERS.has(low) ||
      /^then-/.test(low) ||
      isOrgToken(from - 1) ||
      (t.kind === 'possessive' && isOrgToken(from - 2))
    ) {
      from--;
      continue;
    }
    let beforePlace = from - 1;
    while (beforePlace >= floor && kindAt(beforePlace) === 'place') beforePlace--;
    if (beforePlace < from - 1 && beforePlace >= floor && isOrgToken(beforePlace)) {
      from = beforePlace + 1;
      continue;
    }
    // "DPS spokesman Lt. X": a rank after a post; both are the person's, and the body before them too.
    const stacked = titleEndingAt(toks, from, floor);
    if (stacked < 0) break;
    from = stacked;
  }
  const first = toks[from];
  const coreFirst = toks[coreFrom];
  const last = toks[end - 1];
  if (!first || !last || !coreFirst) return null;
  const written = text.slice(first.start, last.end);
  const former = /\b(?:former|then)\b|^ex-/i.test(written);
  const core = text.slice(coreFirst.start, last.end).replace(/^(?:then|former|ex)-/i, '');
  return { from, to: end, text: written, core, former };
}

/** Start of the longest title ending right before token `end`, or -1. */
export function titleEndingAt(toks: readonly Token[], end: number, floor: number): number {
  let best = -1;
  for (let n = 1; n <= MAX_TITLE_WORDS; n++) {
    const from = end - n;
    if (from < floor) break;
    // "then-Attorney General": the prefix marks a past role, the title is the rest.
    const phrase = toks
      .slice(from, end)
      .map((t) => t.text.toLowerCase())
      .join(' ')
      .replace(/^(?:then|former|ex)-/, '');
    if (TITLE_SET.has(phrase)) best = from;
  }
  return best;
}

/** No complement of a title is longer ("for Public Affairs", "of Policy and Strategy"). */
const MAX_COMPLEMENT_WORDS = 5;

/**
 * "Assistant Secretary for Public Affairs X", "Director of Field Operations X": a title whose
 * complement, in capitals, stands between it and the name. Returns the title's start, or -1.
 */
export function titleWithComplement(toks: readonly Token[], end: number, floor: number): number {
  let k = end;
  while (k - 1 >= floor && end - k < MAX_COMPLEMENT_WORDS && (toks[k - 1]?.cap || toks[k - 1]?.text === 'and')) k--;
  if (k === end || !/^(?:for|of|in)$/.test(toks[k - 1]?.text ?? '')) return -1;
  return titleEndingAt(toks, k - 1, floor);
}
