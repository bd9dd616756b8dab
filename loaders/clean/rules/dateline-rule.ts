import { parseNumericDate, parseWrittenDate } from '../../text/dates.js';
import { whole, wordCount, type BoilerplateRule, type BoilerplateSpan } from '../boilerplate-rule.js';

/** "UPDATED 04/11/17 | 2:00 p.m.", "Published April 11, 2017 at 9:00 AM", a bare date line. */
export const DATE_LINE_RE =
  /^(?:(?:last )?updated|published|posted|first published|modified)\b[\s:,]*.*\d|^(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2}\/\d{1,2}\/\d{2,4})(?:\s*(?:at|\||,|-|—)?\s*\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*\w{0,4})?$/i;

/**
 * "WASHINGTON (AP) — ", "EL PASO, Texas — ": a place (and agency) in capitals opening the first paragraph;
 * "(CNSNews.com) – ": the outlet's credit alone.
 */
export const OPENING_DATELINE_RE =
  /^(?:([A-Z][A-Z .'’-]{2,}(?:, [A-Z][A-Za-z. ]+)?)\s*(?:\(([A-Za-z .]+)\))?|\(([A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,3})\))\s*[—–-]{1,2}\s+/;

export const datelineRule: BoilerplateRule = {
  name: 'dateline',
  find(ctx) {
    const out: BoilerplateSpan[] = [];
    // Page furniture above the story can push its first paragraph, and its dateline, well down the page.
    const firstBody = ctx.paragraphs.find((q) => wordCount(q.text) > 30 && /[.!?"”]$/.test(q.text));
    for (const p of ctx.paragraphs) {
      if (
        wordCount(p.text) <= 12 &&
        DATE_LINE_RE.test(p.text) &&
        (parseNumericDate(p.text) || parseWrittenDate(p.text) || /\d/.test(p.text))
      ) {
        out.push(whole(p, 'dateline'));
        continue;
      }
      const m = OPENING_DATELINE_RE.exec(p.text);
      if (m && (p.index <= 4 || p === firstBody))
        out.push({ start: p.start, end: p.start + m[0].length, kind: 'dateline' });
    }
    return out;
  },
};
