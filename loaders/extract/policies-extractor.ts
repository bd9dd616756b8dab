import type { PolicyItem, PolicyKind } from '../extraction.js';
import type { ArticleContext } from './article-context.js';
import { evidenceAt } from './evidence.js';
import type { Extractor } from './extractor.js';
import { KNOWN_POLICIES } from './gazetteer/known-policies.js';
import { buildSpeakerMentions, possessed, type SpeakerMention } from './speakers.js';
import { monthNumber, resolveWeekday, weekdayNumber, yearForMonth, isoMonth } from './text/dates.js';
import type { Sentence } from './text/sentences.js';

interface Hit {
  start: number;
  end: number;
  name: string;
  kind: PolicyKind;
  /** Named outright, or a generic instrument introduced as new ("a policy memorandum"). */
  confidence: number;
}

const KNOWN_BY_ALIAS = new Map(KNOWN_POLICIES.flatMap((p) => [p.name, ...p.aliases].map((n) => [n, p] as const)));
const KNOWN_RE = new RegExp(
  String.raw`(?<![\w-])(?:${[...KNOWN_BY_ALIAS.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\w-])`,
  'g',
);
const HEAD_KINDS: Readonly<Record<string, PolicyKind>> = {
  Act: 'law', Law: 'law', Order: 'executive_order', Program: 'program', Programme: 'program', Protocols: 'policy',
  Initiative: 'program', Rule: 'policy', Directive: 'directive', Proclamation: 'executive_order', Plan: 'program',
  Doctrine: 'policy', Policy: 'policy',
};
// Words are bounded ({1,40}): unbounded, a run such as "O'O'O'…" is read whole from each of its letters.
const PROPER_RE = /\b((?:Operation (?:[A-Z][\w’'-]{1,40} ?){1,3})|(?:(?:[A-Z][\w’'-]{0,40}|of|the|and|for|on|in) ){1,6}(?:Act|Law|Order|Program|Programme|Protocols|Initiative|Rule|Directive|Proclamation|Plan|Doctrine|Policy))\b(?!\s+[A-Z])/g;
const MODIFIED_RE = /(?:[“"]([^”"]{3,60})[”"]|\b((?:\p{L}+-){1,4}\p{L}+))\s+(policy|policies|approach|program|initiative|mandates?|rule|ban|protocols?|doctrine|strategy)\b/gu;
const INSTRUMENT_RE =
  /\b(a pair of|a series of|a number of|a new|a sweeping|a|an|one|two|three|several|new)\s+((?:(?!(?:of|the|and|to|in|for)\s)[a-z][a-z-]*\s+){0,2}?)(executive orders?|executive actions?|memorand(?:um|a)|memos?|directives?|proclamations?|guidance|rules?|regulations?)\b/gi;
const GENERIC_HYPHEN = /^(?:long|short|so|case-by-case|multi|well|decades|years|months|hard|first|second|third|high|low|full|part|large|small|wide|far|non|self|re|co|pre|post|top|mid)-|-(?:term|standing|known|layered|pronged|based|level|wide|time|old|year|day|month|called|scale|range|making)$/i;
const EXTENSION_RE = /^\s+((?:expanding|restricting|limiting|ending|directing|requiring|ordering|barring|targeting|establishing|creating|suspending|on|to|for)\s+(?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+)/u;
const ISSUER_AFTER_RE = /^[^.;]{0,12}?\b(?:signed|issued|announced|unveiled|ordered|imposed|implemented|introduced|enacted|released|put in place)\s+by\s+/i;
const ISSUING_VERB_RE = /^(?:\s+(?:also|has|had|have|then|quickly|recently|formally))*\s+(?:signed|issued|invoked|announced|unveiled|implemented|imposed|ordered|launched|enacted|introduced|instituted|adopted|rolled out|proposed|declared)\b/i;

/**
 * Policies: laws and programs known by name, capitalised names ending in Act/Order/Program…, a coined
 * term before "policy"/"approach" (“zero-tolerance”, “whole of government”), and new instruments
 * ("a policy memorandum", "a pair of executive orders"), with who issued them and when. A definite
 * "the memorandum" refers back to one already found and is not a new policy.
 */
export const policiesExtractor: Extractor = {
  name: 'policies',
  extract(ctx, found) {
    const speakers = buildSpeakerMentions(ctx, found.entities);
    const policies: PolicyItem[] = [];
    const seen = new Set<string>();
    for (const s of ctx.sentences) {
      if (ctx.isFurnitureSentence(s) || ctx.inTitle(s.start)) continue;
      for (const hit of findHits(ctx, s)) {
        const key = hit.name.toLowerCase().replace(/[^a-z0-9 ]/g, '');
        if (seen.has(key)) continue;
        if (found.entities.all().some((m) => m.kind !== 'place' && m.start < hit.end && hit.start < m.end && !(m.start >= hit.start && m.end <= hit.end && hit.confidence < 0.85))) continue;
        seen.add(key);
        const issuer = issuerOf(ctx, s, hit, speakers);
        const date = dateOf(ctx, s, hit);
        policies.push({
          name: hit.name,
          kind: hit.kind,
          issuedBy: issuer?.name ?? null,
          issuedByKind: issuer ? (issuer.kind === 'person' ? 'person' : 'organization') : null,
          date: date?.text ?? null,
          dateResolved: date?.resolved ?? null,
          evidence: evidenceAt(ctx, hit.start, hit.end, hit.confidence),
        });
      }
    }
    return { policies };
  },
};

function findHits(ctx: ArticleContext, s: Sentence): Hit[] {
  const hits: Hit[] = [];
  const text = s.text;
  const overlaps = (a: number, b: number): boolean => hits.some((h) => a < h.end && h.start < b);
  const push = (start: number, end: number, name: string, kind: PolicyKind, confidence: number): void => {
    if (!overlaps(start, end) && ctx.furnitureAt(start) === null) hits.push({ start, end, name, kind, confidence });
  };
  for (const m of text.matchAll(KNOWN_RE)) {
    const p = KNOWN_BY_ALIAS.get(m[0]);
    if (p) push(s.start + (m.index ?? 0), s.start + (m.index ?? 0) + m[0].length, p.name, p.kind, 0.95);
  }
  for (const m of text.matchAll(PROPER_RE)) {
    const raw = (m[1] ?? '').replace(/^(?:(?:The|the|A|An|In|On|Of|For|And|But)\s+)+/, '');
    const words = raw.split(' ');
    const head = words[words.length - 1] ?? '';
    if (words.length < 2 || !/^[A-Z]/.test(raw)) continue;
    const start = s.start + (m.index ?? 0) + (m[1] ?? '').indexOf(raw);
    push(start, start + raw.length, raw, HEAD_KINDS[head] ?? (raw.startsWith('Operation') ? 'program' : 'policy'), 0.85);
  }
  for (const m of text.matchAll(MODIFIED_RE)) {
    const quoted = m[1];
    const hyphen = m[2];
    const head = (m[3] ?? '').toLowerCase();
    if (hyphen && GENERIC_HYPHEN.test(hyphen)) continue;
    if (hyphen && /^(?:approach|strategy)$/.test(head) && hyphen.split('-').length < 3) continue;
    const term = quoted ?? hyphen ?? '';
    const start = s.start + (m.index ?? 0);
    let end = start + m[0].length;
    let name = `${term} ${m[3] ?? ''}`;
    const ext = /^approach|strategy$/.test(head) ? /^\s+(to\s+(?:[\p{L}’'-]+\s+){0,2}[\p{L}’'-]+)/u.exec(ctx.text.slice(end, end + 60)) : null;
    if (ext?.[1] && !/\b(?:and|the|a)$/.test(ext[1])) {
      name += ` ${ext[1]}`;
      end += ext[0].length;
    }
    push(start, end, name, head.startsWith('program') ? 'program' : 'policy', quoted ? 0.7 : 0.8);
  }
  for (const m of text.matchAll(INSTRUMENT_RE)) {
    const instrument = (m[3] ?? '').toLowerCase();
    const modifiers = (m[2] ?? '').trim();
    let name = `${modifiers ? `${modifiers} ` : ''}${m[3] ?? ''}`.replace(/^(?:new|sweeping)\s+/i, '');
    const start = s.start + (m.index ?? 0) + m[0].length - name.length;
    let end = s.start + (m.index ?? 0) + m[0].length;
    const ext = EXTENSION_RE.exec(ctx.text.slice(end, Math.min(s.end, end + 60)).split(/\s+and\s+|,/)[0] ?? '');
    if (ext?.[1] && !/\b(?:and|the|a)$/.test(ext[1])) {
      name += ` ${ext[1]}`;
      end += ext[0].length;
    }
    const kind: PolicyKind = /executive/.test(instrument) || /proclamation/.test(instrument) ? 'executive_order' : /memo/.test(instrument) ? 'memo' : /directive|guidance/.test(instrument) ? 'directive' : 'policy';
    push(start, end, name, kind, 0.7);
  }
  return hits;
}

function issuerOf(ctx: ArticleContext, s: Sentence, hit: Hit, speakers: readonly SpeakerMention[]): SpeakerMention | null {
  const after = ctx.text.slice(hit.end, Math.min(s.end, hit.end + 80));
  const by = ISSUER_AFTER_RE.exec(after);
  if (by) {
    const at = hit.end + by[0].length;
    const sp = speakers.find((x) => x.start >= at && x.start < at + 12);
    if (sp) return possessed(ctx.text, speakers, sp);
  }
  // "Attorney General Jeff Sessions’ announcement of a new zero-tolerance policy", "Trump’s broader … approach"
  const before = ctx.text.slice(Math.max(s.start, hit.start - 70), hit.start);
  const poss = /['’]s?\s+(?:(?:announcement|adoption|introduction|rollout|implementation|use|signing|expansion|broader|new|latest|controversial|sweeping|hardline|signature|so-called|own|revised)\s+(?:of\s+)?(?:a|an|the|its|his|her)?\s*)*(?:[“"])?$/.exec(before);
  if (poss) {
    const end = hit.start - before.length + poss.index;
    const sp = speakers.filter((x) => x.end === end).pop();
    if (sp && sp.kind !== 'anonymous_source') return sp;
  }
  for (const sp of speakers) {
    if (sp.start < s.start || sp.end > hit.start || sp.kind === 'anonymous_source') continue;
    if (ISSUING_VERB_RE.test(ctx.text.slice(sp.end, hit.start))) return sp;
  }
  return null;
}

function dateOf(ctx: ArticleContext, s: Sentence, hit: Hit): { text: string; resolved: string | null } | null {
  const after = ctx.text.slice(hit.end, s.end);
  const whole = ctx.text.slice(s.start, s.end);
  const re = /\b(?:in|on|since|last)?\s*(January|February|March|April|May|June|July|August|September|October|November|December)(?: (\d{1,2}))?(?:,? (\d{4}))?\b|\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
  const m = re.exec(after.slice(0, 80)) ?? re.exec(whole);
  if (!m) return null;
  const date = ctx.info.date;
  if (m[4]) return { text: m[4], resolved: resolveWeekday(weekdayNumber(m[4]), date) };
  const month = monthNumber(m[1] ?? '');
  if (m[1] === 'May' && !/\b(?:in|on|since|last)\s*$/.test(m[0].replace(/May.*$/, ''))) return null;
  const year = m[3] ? Number(m[3]) : yearForMonth(month, date);
  const text = [m[1], m[2] ? ` ${m[2]}` : '', m[3] ? `, ${m[3]}` : ''].join('');
  if (!year) return { text, resolved: null };
  const resolved = m[2] ? `${isoMonth(year, month)}-${m[2].padStart(2, '0')}` : isoMonth(year, month);
  return { text, resolved };
}
