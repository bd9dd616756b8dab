import { tokenize } from '../text/tokens.js';
import { ORGANIZATION_TRIE } from '../gazetteer/organization-index.js';
import type { BoilerplateSpan } from './boilerplate-rule.js';
import { OPENING_DATELINE_RE } from './rules/dateline-rule.js';

/**
 * Up to four capitalised words. Each word is bounded: unbounded, a run such as "O'O'O'…" is taken
 * whole from each of its letters in turn, and a one-line page took minutes.
 */
const NAME = String.raw`[A-Z][\w.'’&-]{0,40}(?: [A-Z][\w.'’&-]{0,40}){0,3}`;

/** Phrases where an outlet names itself. The capture is checked against the media gazetteer. */
const SELF_REFERENCE_RES: readonly RegExp[] = [
  new RegExp(String.raw`\bhere at ((?:the )?${NAME})`, 'gi'),
  new RegExp(String.raw`\bsubscribe to (?:the )?(${NAME})(?:'s|’s)? (?:daily |weekly )?newsletter`, 'gi'),
  new RegExp(String.raw`\beditor[- ]in[- ]chief (?:of|at) ((?:the )?${NAME})`, 'gi'),
  new RegExp(String.raw`(?:©|\bcopyright\b) (?:\d{4} )?((?:the )?${NAME})`, 'gi'),
  new RegExp(
    String.raw`\b((?:The )?${NAME}) (?:has learned|has confirmed|reported (?:first|earlier|exclusively))\b`,
    'g',
  ),
];

/**
 * The publishing outlet, from the article's own furniture: a photo credit naming a newsroom (not a wire
 * or photo agency), a dateline's agency, or a self-reference. Ambiguous short names ("The Post") are not
 * in the gazetteer and so never resolve.
 */
export function inferOutlet(text: string, boilerplate: readonly BoilerplateSpan[]): string | null {
  for (const b of boilerplate) {
    if (b.kind === 'photo-credit') {
      const credit = text.slice(b.start, b.end);
      const agency = /\/\s*([^)]+?)\)?\s*$/.exec(credit)?.[1];
      const outlet = agency ? mediaOutlet(agency, false) : null;
      if (outlet) return outlet;
    }
    if (b.kind === 'dateline') {
      const agency = OPENING_DATELINE_RE.exec(text.slice(b.start, b.end))?.[2];
      const outlet = agency ? mediaOutlet(agency, true) : null;
      if (outlet) return outlet;
    }
  }
  for (const re of SELF_REFERENCE_RES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const outlet = mediaOutlet(m[1] ?? '', false);
      if (outlet) return outlet;
    }
  }
  return null;
}

/** The media gazetteer entry a phrase starts with, ignoring wire agencies unless they are allowed. */
function mediaOutlet(phrase: string, allowWire: boolean): string | null {
  const tokens = tokenize(phrase.trim());
  for (let i = 0; i < Math.min(tokens.length, 2); i++) {
    const m = ORGANIZATION_TRIE.longestAt(tokens, i);
    const alias = m?.values.find((v) => v.entry.kind === 'media' && (allowWire || !v.entry.wire));
    if (alias) return alias.entry.name;
  }
  return null;
}
