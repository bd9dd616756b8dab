import type { Paragraph } from '../../text/paragraphs.js';
import { whole, wordCount, type BoilerplateRule, type BoilerplateSpan } from '../boilerplate-rule.js';

const NAME = String.raw`\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,3}`;
/** "AFP/Getty Images": a credit may name the agency and the picture library that sold it. */
const AGENCY = String.raw`[\p{Lu}\d][\p{L}\d&.'’/-]*(?: [\p{Lu}\d][\p{L}\d&.'’/-]*){0,4}`;

/**
 * "(Tom Williams/CQ Roll Call)", "[File: Ana Ruiz/Reuters]", "John Moore/Getty", "AP Photo/Evan Vucci",
 * "Photo: Name/Agency".
 */
const CREDIT_RES: readonly RegExp[] = [
  new RegExp(String.raw`[(\[](?:(?:Photo|Image|File)s?(?: by)?:? )?${NAME}\s?/\s?${AGENCY}[)\]]\s*$`, 'u'),
  new RegExp(String.raw`(?<=[.!?”"]\s{0,3}|^)(?:(?:Photo|Image)s?(?: by)?:? )?${NAME}\s?/\s?${AGENCY}\s*$`, 'u'),
  new RegExp(String.raw`(?:^|\s)(?:Photo|Photograph|Image|Credit|Photo credit)s?(?: by)?:\s.+$`, 'iu'),
  /\((?:AP|Reuters|AFP|Getty Images|EPA)(?: Photo)?(?:\/[^)]+)?\)\s*$/u,
];

const CAPTION_CUES =
  /\b(?:is|are|was|were) (?:pictured|seen|shown)\b|^Headshot of\b|\((?:left|right|center|top|bottom)\)|^(?:Photo|Image|Video):/i;

/**
 * Photo captions and credits. The caption text describes the story and may name agencies, so only the
 * credit is "photo-credit"; the rest is "caption" (extractors still take organizations and places from it,
 * never people, figures or quotes).
 */
export const captionRule: BoilerplateRule = {
  name: 'caption',
  find(ctx) {
    const out: BoilerplateSpan[] = [];
    const captions = new Set<string>();
    // Found once: looked for again for every short line, a file of many short lines was quadratic.
    const firstBody = ctx.paragraphs.find((q) => wordCount(q.text) > 30 && /[.!?"”]$/.test(q.text));
    for (const p of ctx.paragraphs) {
      if (p.index === ctx.titleParagraph) continue;
      const credit = findCredit(p);
      if (credit) {
        if (credit.start > p.start) out.push({ start: p.start, end: credit.start, kind: 'caption' });
        out.push({ ...credit, kind: 'photo-credit' });
        captions.add(p.text);
      } else if (CAPTION_CUES.test(p.text) && wordCount(p.text) <= 60) {
        out.push(whole(p, 'caption'));
        captions.add(p.text);
      } else if (captions.has(p.text)) {
        out.push(whole(p, 'caption'));
      } else if (isChartLabel(ctx.paragraphs, p, ctx.titleParagraph, firstBody)) {
        out.push(whole(p, 'caption'));
      }
    }
    return out;
  },
};

function findCredit(p: Paragraph): { start: number; end: number } | null {
  if (wordCount(p.text) > 80) return null;
  for (const re of CREDIT_RES) {
    const m = re.exec(p.text);
    if (m) {
      const lead = m[0].length - m[0].trimStart().length;
      return { start: p.start + m.index + lead, end: p.end };
    }
  }
  return null;
}

/**
 * A short unpunctuated line between body paragraphs is a chart or table label, not prose. Lines before
 * the first full paragraph are left to the title and deck rules.
 */
function isChartLabel(
  all: readonly Paragraph[],
  p: Paragraph,
  title: number | null,
  firstBody: Paragraph | undefined,
): boolean {
  if (p.index === title) return false;
  const words = wordCount(p.text);
  if (words < 3 || words > 16 || /[.!?:"”’)]$/.test(p.text)) return false;
  if (!firstBody || p.index <= firstBody.index) return false;
  const next = all[p.index + 1];
  return !!next && wordCount(next.text) > 15;
}
