import type { Evidence } from '../extraction.js';
import type { ArticleContext } from './article-context.js';
import type { EntityIndex, EntityMention } from './entity-index.js';
import { bodyReferredTo } from './body-reference.js';
import { evidenceAt } from './evidence.js';
import { ROLE_HEADS, TITLE_ORGANIZATIONS } from '../gazetteer/titles.js';
import { endsBeforeArticle } from './role-tense.js';
import type { Token } from '../text/tokens.js';

export interface RoleDraft {
  /** Empty for a bare affiliation ("of the Migration Policy Institute"). */
  readonly title: string;
  readonly organization: string | null;
  readonly former: boolean;
  readonly evidence: Evidence;
}

const STOP_WORDS = new Set([
  'who',
  'which',
  'that',
  'said',
  'says',
  'during',
  'when',
  'while',
  'told',
  'according',
  'after',
  'before',
  'since',
  'in',
  'on',
  'until',
  'under',
  'between',
  'throughout',
]);
const PHRASE_END = new Set([',', '.', ';', '—', '–', ')', '(', ':', '"', '“', '”']);
/** The longest role phrase worth reading; longer is a clause, not a title. */
const MAX_PHRASE_TOKENS = 14;
/** How far past a role its tense is looked for ("… during Trump's first term"). */
const TAIL_CHARS = 80;

/** "who heads X": the verb names the role; past forms make it a former one. */
const HEAD_VERBS: Readonly<Record<string, { title: string; former: boolean }>> = {
  heads: { title: 'head', former: false },
  headed: { title: 'head', former: true },
  leads: { title: 'leader', former: false },
  led: { title: 'leader', former: true },
  runs: { title: 'head', former: false },
  ran: { title: 'head', former: true },
  directs: { title: 'director', former: false },
  directed: { title: 'director', former: true },
  chairs: { title: 'chair', former: false },
  chaired: { title: 'chair', former: true },
  oversees: { title: 'head', former: false },
  oversaw: { title: 'head', former: true },
  manages: { title: 'manager', former: false },
  managed: { title: 'manager', former: true },
  founded: { title: 'founder', former: false },
  'co-founded': { title: 'co-founder', former: false },
};
/** "who is a senior fellow at X", "who served as X": the role phrase follows the verb. */
const BE_VERBS: Readonly<Record<string, boolean>> = { is: false, serves: false, been: false, was: true, served: true };
const WORK_VERBS: Readonly<Record<string, boolean>> = { works: false, worked: true, teaches: false, taught: true };

/**
 * Roles and affiliations written after a name: an appositive (", former assistant U.S. attorney and
 * acting ICE director during …"), "of/at/with the Migration Policy Institute", a relative clause
 * (", who heads the X", ", who served as X until 2019"), or a title and body in a row (", Executive
 * Director, National Immigration Project:").
 */
export function findRoles(
  ctx: ArticleContext,
  toks: readonly Token[],
  after: number,
  end: number,
  entities: EntityIndex,
): RoleDraft[] {
  const next = toks[after];
  if (!next) return [];
  if (next.text !== ',') return bareAffiliation(ctx, toks, after, entities, false) ?? [];
  if (toks[after + 1]?.text.toLowerCase() === 'who') return relativeClauseRoles(ctx, toks, after + 2, end, entities);
  return (
    bareAffiliation(ctx, toks, after + 1, entities, false) ?? rolePhrase(ctx, toks, after + 1, end, entities, false)
  );
}

/** "of the Cato Institute", ", from the ACLU,", "who is with the X": a body with no title. */
function bareAffiliation(
  ctx: ArticleContext,
  toks: readonly Token[],
  i: number,
  entities: EntityIndex,
  former: boolean,
): RoleDraft[] | null {
  const preposition = toks[i];
  if (!preposition || !/^(?:of|at|with|from)$/.test(preposition.text)) return null;
  const org = organizationAfter(toks, i + 1, entities);
  return org
    ? [{ title: '', organization: org.name, former, evidence: evidenceAt(ctx, preposition.start, org.end, 0.7) }]
    : null;
}

/**
 * Roles written before a name but apart from it, where no title joins them: "the Cato Institute's Ana
 * Ruiz" (the body's own), "a DHS spokesperson, Ana Ruiz, said" (a role phrase set off by a comma).
 */
export function findRolesBefore(
  ctx: ArticleContext,
  toks: readonly Token[],
  from: number,
  floor: number,
  entities: EntityIndex,
): RoleDraft[] {
  const before = toks[from - 1];
  if (!before || from - 1 < floor) return [];
  if (before.kind === 'possessive') {
    const owner = toks[from - 2];
    const org = owner ? entities.at(owner.start, ['organization']) : undefined;
    return org
      ? [{ title: '', organization: org.name, former: false, evidence: evidenceAt(ctx, org.start, before.end, 0.7) }]
      : [];
  }
  if (before.text !== ',') return [];
  const head = toks[from - 2];
  if (!head || !ROLE_HEADS.has(head.text.toLowerCase())) return [];
  let k = from - 2;
  while (k > floor && from - k <= MAX_PHRASE_TOKENS && !/^(?:a|an|the)$/i.test(toks[k - 1]?.text ?? '')) {
    if (PHRASE_END.has(toks[k - 1]?.text ?? '')) return [];
    k--;
  }
  const first = toks[k];
  if (!first || !/^(?:a|an|the)$/i.test(toks[k - 1]?.text ?? '')) return [];
  const title = ctx.text.slice(first.start, head.end);
  const orgs = entities.within(first.start, head.end, ['organization']);
  const determiner = toks[k - 1];
  const org =
    orgs[orgs.length - 1] ??
    (determiner ? bodyReferredTo(ctx.text.slice(determiner.start, head.end), determiner.start, entities) : undefined);
  if (!org) return [];
  return [
    {
      title,
      organization: org.name,
      former: /^(?:former|ex-)/i.test(title),
      evidence: evidenceAt(ctx, first.start, head.end, 0.75),
    },
  ];
}

/** The first body named from token `i` to the end of its phrase. */
function firstOrganizationIn(
  toks: readonly Token[],
  i: number,
  end: number,
  entities: EntityIndex,
): EntityMention | undefined {
  for (let k = i; k < end && k - i < MAX_PHRASE_TOKENS; k++) {
    const t = toks[k];
    if (!t || PHRASE_END.has(t.text)) return undefined;
    const org = entities.at(t.start, ['organization']);
    if (org) return org;
  }
  return undefined;
}

/** The organization named at token `i`, after an optional "the". */
function organizationAfter(toks: readonly Token[], i: number, entities: EntityIndex): EntityMention | undefined {
  const k = toks[i]?.text.toLowerCase() === 'the' ? i + 1 : i;
  const t = toks[k];
  return t ? entities.at(t.start, ['organization']) : undefined;
}

function relativeClauseRoles(
  ctx: ArticleContext,
  toks: readonly Token[],
  i: number,
  end: number,
  entities: EntityIndex,
): RoleDraft[] {
  let k = i;
  const adverb = toks[k]?.text.toLowerCase();
  const past = adverb === 'previously' || adverb === 'once' || adverb === 'formerly';
  if (past || adverb === 'now' || adverb === 'currently' || adverb === 'also') k++;
  // "who has led X" still leads it; "who had led X" no longer does.
  const auxiliary = toks[k]?.text.toLowerCase();
  const perfect = auxiliary === 'has' || auxiliary === 'have';
  const pluperfect = auxiliary === 'had';
  if (perfect || pluperfect) k++;
  const tense = (pastVerb: boolean): boolean => pluperfect || past || (pastVerb && !perfect);
  const verbToken = toks[k];
  if (!verbToken || k >= end) return [];
  const verb = verbToken.text.toLowerCase();
  const head = HEAD_VERBS[verb];
  if (head) {
    // "who directs the immigration programme at the Brookings Institution": the first body in the phrase.
    const org = organizationAfter(toks, k + 1, entities) ?? firstOrganizationIn(toks, k + 1, end, entities);
    if (!org) return [];
    const former = tense(head.former) || endsBeforeArticle(tailAfter(ctx, org.end), ctx.info.date);
    return [
      {
        title: `${head.title} of ${ctx.text.slice(org.start, org.end)}`,
        organization: org.name,
        former,
        evidence: evidenceAt(ctx, verbToken.start, org.end, 0.75),
      },
    ];
  }
  const works = WORK_VERBS[verb];
  if (works !== undefined && /^(?:for|at|with)$/.test(toks[k + 1]?.text ?? '')) {
    const org = organizationAfter(toks, k + 2, entities);
    if (!org) return [];
    return [
      {
        title: '',
        organization: org.name,
        former: tense(works),
        evidence: evidenceAt(ctx, verbToken.start, org.end, 0.7),
      },
    ];
  }
  const be = BE_VERBS[verb];
  if (be === undefined) return [];
  k++;
  if (toks[k]?.text.toLowerCase() === 'as') k++;
  const bare = bareAffiliation(ctx, toks, k, entities, tense(be));
  if (bare) return bare;
  if (/^(?:named|appointed|elected|nominated|sworn)$/.test(toks[k]?.text.toLowerCase() ?? ''))
    return rolePhrase(ctx, toks, k + 1, end, entities, tense(false));
  return rolePhrase(ctx, toks, k, end, entities, tense(be));
}

/** A role phrase from token `from`: split at "and" between roles, never inside a body's name. */
function rolePhrase(
  ctx: ArticleContext,
  toks: readonly Token[],
  from: number,
  end: number,
  entities: EntityIndex,
  pastVerb: boolean,
): RoleDraft[] {
  let k = from;
  while (k < end) {
    const t = toks[k];
    if (!t || PHRASE_END.has(t.text) || STOP_WORDS.has(t.text.toLowerCase())) break;
    k++;
  }
  // Two roles joined by "and" may together run past one phrase's length; each part is checked alone.
  if (k === from || k - from > 2 * MAX_PHRASE_TOKENS) return [];
  const parts: Array<[number, number]> = [];
  let partFrom = from;
  for (let j = from; j < k; j++) {
    const t = toks[j];
    if (t?.text === 'and' && !entities.at(t.start, ['organization'])) {
      parts.push([partFrom, j]);
      partFrom = j + 1;
    }
  }
  parts.push([partFrom, k]);
  const tailStart = toks[k]?.start ?? toks[k - 1]?.end ?? 0;
  const endedBefore = pastVerb || endsBeforeArticle(tailAfter(ctx, tailStart), ctx.info.date);
  const trailing = trailingOrganization(toks, k, end, entities);
  const out: RoleDraft[] = [];
  for (const [a, b] of parts) {
    const first = toks[a];
    const last = toks[b - 1];
    if (!first || !last || b <= a || b - a > MAX_PHRASE_TOKENS) continue;
    const written = ctx.text.slice(first.start, last.end);
    const clean = written
      .replace(/^(?:now|currently|also|still)\s+/i, '')
      .replace(/^(?:a|an|the)\s+/i, '')
      .trim();
    const words = clean.toLowerCase().split(/\s+/);
    if (!words.some((w) => ROLE_HEADS.has(w.replace(/[^a-z-]/g, '')))) continue;
    const orgs = entities.within(first.start, last.end, ['organization']);
    const org = orgs[orgs.length - 1] ?? bodyReferredTo(written, first.start, entities);
    const former = /^(?:former|ex-)/i.test(clean) || endedBefore;
    const core = clean.replace(/^(?:former|acting|then|ex-)\s*/i, '').toLowerCase();
    const organization = org?.name ?? TITLE_ORGANIZATIONS[core] ?? trailing?.name ?? null;
    out.push({ title: clean, organization, former, evidence: evidenceAt(ctx, first.start, last.end, 0.75) });
    const owner = ownerOf(ctx, orgs);
    if (owner)
      out.push({ title: '', organization: owner.name, former, evidence: evidenceAt(ctx, owner.start, owner.end, 0.7) });
  }
  return out;
}

/** "the ACLU's Immigrants' Rights Project": the body that owns the one a role is held in. */
function ownerOf(ctx: ArticleContext, orgs: readonly EntityMention[]): EntityMention | undefined {
  const [first, second] = orgs;
  if (!first || !second || first.name === orgs[orgs.length - 1]?.name) return undefined;
  return /^\s*['’]s?\s*$/.test(ctx.text.slice(first.end, second.start)) ? first : undefined;
}

/** ", Executive Director, Border Relief Alliance:": a body standing alone after the role phrase. */
function trailingOrganization(
  toks: readonly Token[],
  k: number,
  end: number,
  entities: EntityIndex,
): EntityMention | undefined {
  if (toks[k]?.text !== ',') return undefined;
  const org = organizationAfter(toks, k + 1, entities);
  if (!org) return undefined;
  let j = k + 1;
  while (j < end && (toks[j]?.start ?? Infinity) < org.end) j++;
  const after = toks[j];
  return j >= end || !after || [',', ':', '.', ';', '—', '–'].includes(after.text) ? org : undefined;
}

function tailAfter(ctx: ArticleContext, offset: number): string {
  const s = ctx.sentenceAt(offset);
  return ctx.text.slice(offset, Math.min(s?.end ?? ctx.text.length, offset + TAIL_CHARS));
}
