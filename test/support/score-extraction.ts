/**
 * The project's own copy of the shared extraction scorer (`../shared/tools/score-extraction.mjs`, same
 * matching rules and the same two link measures), so tests can score an extraction against gold answers
 * without running a script outside the repository.
 */

export type Category = 'people' | 'organizations' | 'policies' | 'statistics' | 'quotes';
export const CATEGORIES: readonly Category[] = ['people', 'organizations', 'policies', 'statistics', 'quotes'];

interface GoldPerson {
  name: string;
  mentions?: string[];
  affiliations?: string[];
  optional?: boolean;
}
interface GoldOrg {
  name: string;
  aliases?: string[];
  optional?: boolean;
}
interface GoldPolicy {
  name: string;
  optional?: boolean;
}
interface GoldStatistic {
  value: number;
  valueHigh?: number | null;
  measure: string;
  source?: string | null;
  optional?: boolean;
}
interface GoldQuote {
  text: string;
  speaker: string;
  optional?: boolean;
}

export interface Gold {
  people?: GoldPerson[];
  organizations?: GoldOrg[];
  policies?: GoldPolicy[];
  statistics?: GoldStatistic[];
  quotes?: GoldQuote[];
}

/** A name as the extraction gives it: a string, or (in richer outputs) an object carrying one. */
type Named = string | { readonly name?: string | null } | null | undefined;

/** The parts of an extraction the scorer reads. */
export interface Scored {
  people?: ReadonlyArray<{ name: string; affiliations?: readonly Named[] }>;
  organizations?: ReadonlyArray<{ name: string; aliases?: readonly string[] }>;
  policies?: ReadonlyArray<{ name: string }>;
  statistics?: ReadonlyArray<{
    value: number | null;
    valueHigh?: number | null;
    measure?: string;
    unit?: string | null;
    text?: string;
    source?: Named;
  }>;
  quotes?: ReadonlyArray<{ text: string; speaker?: Named }>;
}

export interface CategoryScore {
  tp: number;
  fp: number;
  fn: number;
  tpReq: number;
  req: number;
  precision: number;
  recall: number;
  f1: number;
}
export interface Score {
  categories: Record<Category, CategoryScore>;
  attribution: number;
  attributionCounts: { ok: number; all: number };
  /** Of the matched required figures whose gold names a source, the share credited to that source. */
  figureSources: number;
  figureSourceCounts: { ok: number; all: number };
  /** Of the gold affiliations of matched required people, the share the extraction gives them. */
  affiliations: number;
  affiliationCounts: { ok: number; all: number };
  /** Human-readable misses and extras, like the shared scorer's --verbose. */
  notes: string[];
}

const STOP = new Set(
  (
    'a an the of in on at to for from by with and or as is are was were be been has have had ' +
    'its their his her this that these those than then into over under more less about after before since ' +
    'during between per new number total u.s us'
  ).split(' '),
);

const norm = (s: unknown): string =>
  String(s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const orgKey = (s: string): string =>
  norm(s)
    .replace(/^(the|an|a) /, '')
    .replace(/^(u s|us|united states) /, '')
    .replace(/'s$/, '')
    .replace(/ (sources?|officials?|spokes(wo)?man|spokesperson|statement)$/, '')
    .trim();

const stem = (w: string): string => w.replace(/(ies|es|s|ed|ing|ion|ions|al)$/, '');
const words = (s: string): string[] =>
  norm(s)
    .split(' ')
    .filter((w) => w && !STOP.has(w))
    .map(stem);
const tokens = (s: string): string[] => norm(s).replace(/'/g, '').split(' ').filter(Boolean);
const nameOf = (x: Named): string | null => (typeof x === 'object' && x !== null ? (x.name ?? null) : (x ?? null));

function personMatches(gold: GoldPerson, name: string): boolean {
  const g = tokens(gold.name);
  const all = [gold.name, ...(gold.mentions ?? [])].map((m) => tokens(m).join(' '));
  const s = tokens(name);
  if (!s.length) return false;
  if (all.includes(s.join(' '))) return true;
  if (s[s.length - 1] !== g[g.length - 1]) return false;
  return s.length === 1 || s[0] === g[0] || s[0]?.[0] === g[0]?.[0];
}

function acronym(s: string): string {
  return orgKey(s)
    .split(' ')
    .filter((w) => !['of', 'and', 'for', 'the'].includes(w))
    .map((w) => w[0] ?? '')
    .join('');
}

function orgMatches(gold: GoldOrg, sysNames: readonly string[]): boolean {
  const g = new Set([gold.name, ...(gold.aliases ?? [])].map(orgKey).filter(Boolean));
  const gAcr = new Set([gold.name, ...(gold.aliases ?? [])].map(acronym).filter((a) => a.length > 1));
  return sysNames.some((n) => {
    const k = orgKey(n);
    if (!k) return false;
    if (g.has(k)) return true;
    const compact = k.replace(/ /g, '');
    return (
      gAcr.has(compact) ||
      [...g].some((x) => x.replace(/ /g, '') === compact) ||
      (gAcr.has(acronym(n)) && acronym(n).length > 2)
    );
  });
}

function speakerMatches(gold: Gold, speaker: string, name: string | null): boolean {
  if (!name) return false;
  const person = (gold.people ?? []).find((p) => norm(p.name) === norm(speaker));
  if (person) return personMatches(person, name);
  const org = (gold.organizations ?? []).find((o) => norm(o.name) === norm(speaker)) ?? { name: speaker };
  return orgMatches(org, [name]);
}

/** Shared distinct words over the shorter text's (1 when one contains the other), or over the longer's. */
function overlap(a: string, b: string, over: 'shorter' | 'longer' = 'shorter'): number {
  const sa = new Set(tokens(a));
  const sb = new Set(tokens(b));
  if (!sa.size || !sb.size) return 0;
  let common = 0;
  for (const t of sa) if (sb.has(t)) common++;
  return common / (over === 'shorter' ? Math.min(sa.size, sb.size) : Math.max(sa.size, sb.size));
}

function contentOverlap(a: string, b: string): number {
  const wb = new Set(words(b));
  let c = 0;
  for (const w of new Set(words(a))) if (wb.has(w)) c++;
  return c;
}

function num(v: unknown): number {
  if (typeof v === 'number') return v;
  const n = Number(String(v ?? '').replace(/[, ]/g, ''));
  return Number.isFinite(n) ? n : NaN;
}

interface MatchResult<G, S> {
  tp: number;
  fp: number;
  fn: number;
  tpReq: number;
  req: number;
  pairs: Array<[G, S]>;
  unmatchedGold: G[];
  unmatchedSys: S[];
}

/**
 * One-to-one: required gold items pick first, then optional ones; each takes the free system item it
 * matches best (`isMatch` gives false, true or a score).
 */
function match<G extends { optional?: boolean }, S>(
  gold: readonly G[],
  sys: readonly S[],
  isMatch: (g: G, s: S) => boolean | number,
): MatchResult<G, S> {
  const used = new Set<number>();
  const pairs: Array<[G, S]> = [];
  let tpReq = 0;
  for (const g of [...gold.filter((x) => !x.optional), ...gold.filter((x) => x.optional)]) {
    let best = -1;
    let bestScore = 0;
    sys.forEach((s, idx) => {
      if (used.has(idx)) return;
      const m = isMatch(g, s);
      const score = m === true ? 1 : Number(m) || 0;
      if (score > bestScore) {
        best = idx;
        bestScore = score;
      }
    });
    if (best >= 0) {
      used.add(best);
      pairs.push([g, sys[best]!]);
      if (!g.optional) tpReq++;
    }
  }
  const req = gold.filter((g) => !g.optional).length;
  return {
    tp: used.size,
    fp: sys.length - used.size,
    fn: req - tpReq,
    tpReq,
    req,
    pairs,
    unmatchedGold: gold.filter((g) => !g.optional && !pairs.some(([pg]) => pg === g)),
    unmatchedSys: sys.filter((_, idx) => !used.has(idx)),
  };
}

/** The gold may annotate a source: "X (press release)", "ICE data (via Y)". */
const bareSource = (x: string | null): string | null =>
  x
    ? x
        .replace(/\s*\(.*?\)\s*/g, ' ')
        .replace(/ data\s*$/i, '')
        .trim()
    : x;

/** Scores extractions (keyed by article id, the file name without extension) against gold answers. */
export function scoreExtractions(golds: ReadonlyMap<string, Gold>, extractions: ReadonlyMap<string, Scored>): Score {
  const totals = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0, tpReq: 0, req: 0 }])) as Record<
    Category,
    { tp: number; fp: number; fn: number; tpReq: number; req: number }
  >;
  const notes: string[] = [];
  const attribution = { ok: 0, all: 0 };
  const sources = { ok: 0, all: 0 };
  const affiliations = { ok: 0, all: 0 };
  for (const [id, gold] of [...golds].sort(([a], [b]) => a.localeCompare(b))) {
    const sys = extractions.get(id) ?? {};
    const results = {
      people: match(gold.people ?? [], sys.people ?? [], (g, s) => personMatches(g, s.name)),
      organizations: match(gold.organizations ?? [], sys.organizations ?? [], (g, s) =>
        orgMatches(g, [s.name, ...(s.aliases ?? [])]),
      ),
      policies: match(gold.policies ?? [], sys.policies ?? [], (g, s) => {
        const c = contentOverlap(g.name, s.name);
        return c >= 1 && c >= Math.min(words(g.name).length, words(s.name).length) / 2;
      }),
      statistics: match(gold.statistics ?? [], sys.statistics ?? [], (g, s) => {
        const v = num(s.value);
        if (!(Math.abs(v - g.value) <= Math.max(0.5, Math.abs(g.value) * 0.01))) return false;
        if (g.valueHigh != null && s.valueHigh != null && Math.abs(num(s.valueHigh) - g.valueHigh) > g.valueHigh * 0.01)
          return false;
        const c = contentOverlap(g.measure, `${s.measure ?? ''} ${s.unit ?? ''} ${s.text ?? ''}`);
        return c >= 1 ? c : false;
      }),
      // Among equally good text matches, the one with the gold speaker wins (a quote printed twice).
      quotes: match(gold.quotes ?? [], sys.quotes ?? [], (g, s) => {
        const o = overlap(g.text, s.text);
        return o >= 0.8
          ? o +
              0.1 * overlap(g.text, s.text, 'longer') +
              (speakerMatches(gold, g.speaker, nameOf(s.speaker)) ? 1e-6 : 0)
          : false;
      }),
    };
    for (const [g, s] of results.quotes.pairs) {
      if (g.optional) continue;
      attribution.all++;
      if (speakerMatches(gold, g.speaker, nameOf(s.speaker))) attribution.ok++;
      else notes.push(`${id}: quote "${g.text.slice(0, 50)}" gold speaker ${g.speaker}, got ${nameOf(s.speaker)}`);
    }
    for (const [g, s] of results.statistics.pairs) {
      if (g.optional || !g.source) continue;
      sources.all++;
      const name = bareSource(nameOf(s.source));
      const goldSource = bareSource(g.source)!;
      const person = (gold.people ?? []).find((p) => norm(p.name) === norm(goldSource));
      // A figure given by a spokesperson may be credited to the body they speak for.
      const bodies = (person?.affiliations ?? []).map(
        (a) => (gold.organizations ?? []).find((o) => norm(o.name) === norm(a)) ?? { name: a },
      );
      if (speakerMatches(gold, goldSource, name) || (name && bodies.some((o) => orgMatches(o, [name])))) sources.ok++;
      else notes.push(`${id}: figure ${g.value} "${g.measure.slice(0, 40)}" gold source ${g.source}, got ${name}`);
    }
    for (const [g, s] of results.people.pairs) {
      if (g.optional) continue;
      const found = (s.affiliations ?? []).map(nameOf).filter((a): a is string => Boolean(a));
      for (const a of g.affiliations ?? []) {
        affiliations.all++;
        const org = (gold.organizations ?? []).find((o) => norm(o.name) === norm(a)) ?? { name: a };
        if (orgMatches(org, found)) affiliations.ok++;
        else notes.push(`${id}: ${g.name} affiliation ${a} missing (got ${found.join('; ') || 'none'})`);
      }
    }
    for (const cat of CATEGORIES) {
      const r = results[cat] as MatchResult<{ name?: string; text?: string; measure?: string }, unknown>;
      const t = totals[cat];
      t.tp += r.tp;
      t.fp += r.fp;
      t.fn += r.fn;
      t.tpReq += r.tpReq;
      t.req += r.req;
      for (const g of r.unmatchedGold) notes.push(`${id}: ${cat} missed: ${g.name ?? g.text ?? g.measure}`);
      for (const s of r.unmatchedSys) notes.push(`${id}: ${cat} extra: ${JSON.stringify(s).slice(0, 160)}`);
    }
  }
  const categories = {} as Record<Category, CategoryScore>;
  for (const cat of CATEGORIES) {
    const t = totals[cat];
    const precision = t.tp + t.fp ? t.tp / (t.tp + t.fp) : t.req ? 0 : 1;
    const recall = t.req ? t.tpReq / t.req : 1;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    categories[cat] = { ...t, precision, recall, f1 };
  }
  const share = ({ ok, all }: { ok: number; all: number }) => (all ? ok / all : 0);
  return {
    categories,
    attribution: share(attribution),
    attributionCounts: attribution,
    figureSources: share(sources),
    figureSourceCounts: sources,
    affiliations: share(affiliations),
    affiliationCounts: affiliations,
    notes,
  };
}
