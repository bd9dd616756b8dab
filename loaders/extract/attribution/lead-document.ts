import type { AttributionScope } from './attribution-rule.js';
import { speakersWithin, toAttribution, type Attribution } from './speaker-mentions.js';

/** A lead that cites a document: "according to new Justice Department directives", "a report from X". */
const CITED_DOCUMENT =
  /\b(?:according to|citing|(?:obtained|reviewed) by [^,.;]{1,40}? of)\s+(?:(?:an?|the|new|its|internal|recently released)\s+)*(?:[^,.;]{0,60}?\s)?(?:directives?|guidelines|memos?|memorand(?:um|a)|reports?|(?:news |press )?releases?|data|documents?|records|filings?|analysis|study|statistics|figures)\b/giu;
/** The lead: the article's first paragraphs of prose. */
const LEAD_PARAGRAPHS = 2;

const LEADS = new WeakMap<AttributionScope, { source: Attribution; at: number } | null>();

/**
 * The body whose document a story is built on, when its lead says so ("according to new Justice
 * Department directives"), and where the lead cites it; computed once per article.
 */
export function leadDocumentSource(scope: AttributionScope): { source: Attribution; at: number } | null {
  if (LEADS.has(scope)) return LEADS.get(scope) ?? null;
  const { ctx } = scope;
  let found: { source: Attribution; at: number } | null = null;
  const lead = ctx.paragraphs
    .filter((p) => ctx.furnitureAt(p.start) === null && !ctx.inTitle(p.start))
    .slice(0, LEAD_PARAGRAPHS);
  for (const p of lead) {
    for (const m of ctx.text.slice(p.start, p.end).matchAll(CITED_DOCUMENT)) {
      const start = p.start + (m.index ?? 0);
      const owner = speakersWithin(scope.speakers, start, start + m[0].length)
        .filter((s) => s.kind !== 'person')
        .pop();
      if (owner) {
        found = { source: toAttribution(owner), at: start };
        break;
      }
    }
    if (found) break;
  }
  LEADS.set(scope, found);
  return found;
}
