import { whole, wordCount, type BoilerplateRule, type BoilerplateSpan } from '../boilerplate-rule.js';

const HEADING_RE =
  /^(?:recent stories|we recommend|related(?: stories| articles| coverage| content| reading| news| posts)?|read more|read next|more from [\w .'’-]+|more stories|more news|you may also like|you might also like|recommended(?: for you| stories| reading)?|popular(?: now| stories)?|most (?:read|popular|viewed)|trending(?: now| stories)?|latest(?: news| stories)?|up next|see also|also read|more on this story|more coverage|top stories|editor['’]s picks)\s*:?$/i;
const INLINE_RE = /^(?:related|read more|see also|also read|recommended|more)\s*:\s+\S/i;

/**
 * Link lists: a heading such as "Recent Stories" and the headline lines after it (up to the first
 * paragraph that reads like prose), or a single "Related: …" line.
 */
export const relatedLinksRule: BoilerplateRule = {
  name: 'related-links',
  find(ctx) {
    const out: BoilerplateSpan[] = [];
    const ps = ctx.paragraphs;
    for (let i = 0; i < ps.length; i++) {
      const p = ps[i];
      if (!p) continue;
      if (INLINE_RE.test(p.text) && wordCount(p.text) <= 30) {
        out.push(whole(p, 'related-links'));
        continue;
      }
      if (!HEADING_RE.test(p.text)) continue;
      let end = p.end;
      let j = i + 1;
      for (; j < ps.length; j++) {
        const q = ps[j];
        if (!q || wordCount(q.text) > 25) break;
        end = q.end;
      }
      out.push({ start: p.start, end, kind: 'related-links' });
      i = j - 1;
    }
    return out;
  },
};
