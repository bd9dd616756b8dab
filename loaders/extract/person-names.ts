/**
 * What makes a run of capitalised words a person's name, and where it starts and ends: the word-level
 * tests the people extractor applies to every run.
 */
import type { ArticleContext } from './article-context.js';
import type { EntityIndex } from './entity-index.js';
import { FIRST_NAMES } from '../gazetteer/first-names.js';
import { sameGivenName } from '../gazetteer/given-name-forms.js';
import { NAMED_AFTER_HEADS, NON_NAME_WORDS, SURNAME_MODIFIER_HEADS } from '../gazetteer/common-words.js';
import { SAYING_VERBS } from '../gazetteer/saying-verbs.js';
import { TITLES_BEFORE_NAME } from '../gazetteer/titles.js';
import { titleEndingAt } from './person-titles.js';
import type { Token } from '../text/tokens.js';

/** Capitalised words of titles ("Sen.", "District", "Judge"): never the start of a name. */
const TITLE_WORDS = new Set(
  TITLES_BEFORE_NAME.filter((t) => /^[A-Z]/.test(t)).flatMap((t) => t.toLowerCase().split(' ')),
);
/** Titles written in lower case ("reporter"), capitalised only where they open a sentence. */
const LOWER_CASE_TITLES = new Set(TITLES_BEFORE_NAME.filter((t) => /^[a-z]+$/.test(t)));
const PARTICLES = new Set([
  'de',
  'del',
  'la',
  'las',
  'los',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'al',
  'da',
  'di',
  'le',
  'dos',
  'das',
  'y',
]);
const SUFFIXES = new Set(['Jr.', 'Sr.', 'II', 'III', 'IV']);

export function surnameOf(name: string): string {
  const parts = name.split(' ').filter((w) => !SUFFIXES.has(w));
  return parts[parts.length - 1] ?? name;
}

/**
 * "Assistant Secretary for Public Affairs Ana Ruiz": a run right after a title and "for"/"of" opens with
 * the title's complement. The name starts at its first given name, or else is its last two words.
 */
export function complementEnd(toks: readonly Token[], from: number, to: number, floor: number): number {
  if (!/^(?:for|of|in)$/.test(toks[from - 1]?.text ?? '') || titleEndingAt(toks, from - 1, floor) < 0 || to - from < 3)
    return from;
  for (let k = from; k < to - 1; k++) if (FIRST_NAMES.has(toks[k]?.text ?? '')) return k;
  return to - 2;
}

/** "CBP", "NBC" are no names; a two-letter given name of initials ("JB Pritzker") is let through by the caller. */
export function isAcronym(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && !word.endsWith('.');
}

/** Words of a name, not counting particles ("Juan Carlos de la Cruz" has four). */
export function nameWords(toks: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (!PARTICLES.has(toks[k]?.text ?? '')) n++;
  return n;
}

export function isNoNameWord(ctx: ArticleContext, toks: readonly Token[], i: number): boolean {
  const t = toks[i];
  if (!t) return false;
  // "posted on X. Banks said …": the platform, read as an initial because the period looks like one.
  if (t.text === 'X.' && toks[i - 1]?.text === 'on') return true;
  const low = t.text.toLowerCase();
  const opensSentence = LOWER_CASE_TITLES.has(low) && ctx.sentenceAt(t.start)?.start === t.start;
  return NON_NAME_WORDS.has(t.text) || TITLE_WORDS.has(low) || opensSentence || ctx.furnitureAt(t.start) !== null;
}

/** "Bill" is a law in "Bill Text" but a given name in "Bill Ruiz": kept when a surname-like word follows. */
export function keepsNameStart(toks: readonly Token[], i: number, runEnd: number): boolean {
  const t = toks[i];
  const next = toks[i + 1];
  return (
    !!t &&
    !!next &&
    i + 1 < runEnd &&
    FIRST_NAMES.has(t.text) &&
    !NON_NAME_WORDS.has(next.text) &&
    !TITLE_WORDS.has(next.text.toLowerCase())
  );
}

/** "Edward Byrne Memorial …", "John Moore/Getty Images": a name inside a thing's name, or a credit. */
export function namesAThing(toks: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (NAMED_AFTER_HEADS.has(toks[k]?.text ?? '') || toks[k]?.text.includes('/')) return true;
  const next = toks[to];
  return !!next && next.cap && next.start <= (toks[to - 1]?.end ?? 0) + 1 && NAMED_AFTER_HEADS.has(next.text);
}

/** Whether a name may be the same person as one found before ("Tom Olsen", "Thomas R. Olsen"). */
export function compatible(existing: string, full: string): boolean {
  const a = existing.split(' ');
  const b = full.split(' ');
  if (a.length === 1 || b.length === 1) return true;
  const [x = '', y = ''] = [a[0], b[0]];
  return sameGivenName(x, y) || (x[0] === y[0] && (x.endsWith('.') || y.endsWith('.')));
}

/** "the Trump administration", "Trump officials": the surname qualifies something else. */
export function isModifierUse(toks: readonly Token[], after: number): boolean {
  const next = toks[after];
  if (!next || next.kind !== 'word') return false;
  if (SURNAME_MODIFIER_HEADS.has(next.text.toLowerCase())) return true;
  return /^-(?:era|backed|appointed|aligned)$/.test(next.text);
}

export function followedByPersonCue(toks: readonly Token[], to: number, end: number, entities: EntityIndex): boolean {
  const next = toks[to];
  if (!next || to >= end) return false;
  if (next.kind === 'word' && SAYING_VERBS.has(next.text.toLowerCase())) return true;
  // "Lara Pinto of the Migration Policy Institute", "Lara Pinto, of the …": a name and the body it speaks from.
  const preposition = next.text === ',' ? to + 1 : to;
  if (/^(?:of|at|with)$/.test(toks[preposition]?.text ?? '')) {
    const k = toks[preposition + 1]?.text.toLowerCase() === 'the' ? preposition + 2 : preposition + 1;
    const org = toks[k];
    if (org && entities.at(org.start, ['organization'])) return true;
  }
  if (next.text === ',') {
    const after = toks[to + 1]?.text.toLowerCase() ?? '';
    if (
      [
        'a',
        'an',
        'the',
        'former',
        'acting',
        'who',
        'director',
        'chief',
        'spokesperson',
        'spokesman',
        'spokeswoman',
        'executive',
        'senior',
        'deputy',
        'assistant',
      ].includes(after)
    ) {
      for (let k = to + 1; k < Math.min(end, to + 10); k++) {
        const w = toks[k];
        if (!w || w.text === '.' || w.text === ';') break;
        if (
          w.kind === 'word' &&
          /^(?:director|spokes\w+|official|officer|attorney|lawyer|professor|analyst|researcher|chief|secretary|commissioner|advocate|president|senator|judge|agent|fellow|founder|executive|head|member|chair\w*|sheriff|mayor|governor|economist|adviser|advisor|aide|who)$/i.test(
            w.text,
          )
        )
          return true;
      }
    }
  }
  return false;
}

export function capitalRun(
  toks: readonly Token[],
  i: number,
  end: number,
  blocked: ReadonlyMap<number, string>,
): { from: number; to: number } | null {
  const t = toks[i];
  if (!t || t.kind !== 'word' || !t.cap || blocked.has(i)) return null;
  let j = i + 1;
  while (j < end) {
    const u = toks[j];
    const prev = toks[j - 1];
    if (!u || !prev || blocked.has(j) || u.kind !== 'word' || u.start > prev.end + 1) break;
    if (u.cap || /^[A-Z]\.$/.test(u.text)) {
      j++;
      continue;
    }
    // "de la Cruz", "van der Berg": particles only count when a capitalised word closes them.
    let k = j;
    while (k < end && k - j < 3 && PARTICLES.has(toks[k]?.text ?? '')) k++;
    if (k > j && toks[k]?.cap && !blocked.has(k)) j = k;
    else break;
  }
  return { from: i, to: j };
}
