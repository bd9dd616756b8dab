import type { Paragraph } from '../text/paragraphs.js';
import { normalizePassage } from '../text/normalize.js';
import { wordCount } from './boilerplate-rule.js';
import { NAVIGATION_RE } from './rules/navigation-rule.js';
import { DATE_LINE_RE } from './rules/dateline-rule.js';

/**
 * The paragraph that is the headline: the given title when the text repeats it, else the first line
 * past the site chrome if it is short and does not read as a sentence of prose.
 */
export function findTitleParagraph(
  paragraphs: readonly Paragraph[],
  givenTitle: string | null | undefined,
): number | null {
  if (givenTitle) {
    const key = normalizePassage(givenTitle);
    const hit = paragraphs.slice(0, 6).find((p) => normalizePassage(p.text) === key);
    return hit ? hit.index : null;
  }
  const first = paragraphs.find(
    (p) => !(wordCount(p.text) <= 6 && NAVIGATION_RE.test(p.text)) && !DATE_LINE_RE.test(p.text),
  );
  if (!first || first.index === paragraphs.length - 1) return null;
  const words = wordCount(first.text);
  if (words < 2 || words > 22 || first.text.length > 180) return null;
  if (/[.;,]$/.test(first.text) && !/\b(?:U\.S|Jr|Inc)\.$/.test(first.text)) return null;
  return first.index;
}
