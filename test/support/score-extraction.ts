/**
 * The project's own copy of the shared extraction scorer (same matching rules), so tests can score an
 * extraction against `corpus/gold` without reaching outside the repository.
 */

export type Category = 'people' | 'organizations' | 'policies' | 'statistics' | 'quotes';
export const CATEGORIES: readonly Category[] = ['people', 'organizations', 'policies', 'statistics', 'quotes'];

interface GoldPerson { name: string; mentions?: string[]; optional?: boolean }
interface GoldOrg { name: string; aliases?: string[]; optional?: boolean }
interface GoldPolicy { name: string; optional?: boolean }
interface GoldStatistic { value: number; valueHigh?: number | null; measure: string; optional?: boolean }
interface GoldQuote { text: string; speaker: string; optional?: boolean }

export interface Gold {
  people?: GoldPerson[];
  organizations?: GoldOrg[];
  policies?: GoldPolicy[];
  statistics?: GoldStatistic[];
  quotes?: GoldQuote[];
}

/** The parts of an extraction the scorer reads. */
export interface Scored {
  people?: ReadonlyArray<{ name: string }>;
  organizations?: ReadonlyArray<{ name: string; aliases?: readonly string[] }>;
  policies?: ReadonlyArray<{ name: string }>;
  statistics?: ReadonlyArray<{ value: number | null; valueHigh?: number | null; measure?: string; unit?: string | null; text?: string }>;
  quotes?: ReadonlyArray<{ text: string; speaker?: string | null }>;
}

export interface CategoryScore { tp: number; fp: number; fn: number; tpReq: number; req: number; precision: number; recall: number; f1: number }
export interface Score {
  categories: Record<Category, CategoryScore>;
  attribution: number;
  attributionCounts: { ok: number; all: number };
  /** Human-readable misses and extras, like the shared scorer's --verbose. */
  notes: string[];
}

const STOP = new Set(('a an the of in on at to for from by with and or as is are was were be been has have had ' +
  'its their his her this that these those than then into over under more less about after before since ' +
  'during between per new number total u.s us').split(' '));

const norm = (s: unknown): string => String(s ?? '')
  .normalize('NFKC')
  .toLowerCase()
  .replace(/[’‘`´]/g, "'")
  .replace(/[“”]/g, '"')
  .replace(/[^a-z0-9' ]+/g, ' ')
  .replace(/\s+/g, ' ')
  .trim();

const orgKey = (s: string): string => norm(s)
  .replace(/^(the|an|a) /, '')
  .replace(/^(u s|us|united states) /, '')
  .replace(/'s$/, '')
  .replace(/ (sources?|officials?|spokes(wo)?man|spokesperson|statement)$/, '')
  .trim();

const stem = (w: string): string => w.replace(/(ies|es|s|ed|ing|ion|ions|al)$/, '');
const words = (s: string): string[] => norm(s).split(' ').filter((w) => w && !STOP.has(w)).map(stem);
const tokens = (s: string): string[] => norm(s).replace(/'/g, '').split(' ').filter(Boolean);

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
  return orgKey(s).split(' ').filter((w) => !['of', 'and', 'for', 'the'].includes(w)).map((w) => w[0] ?? '').join('');
}

function orgMatches(gold: GoldOrg, sysNames: readonly string[]): boolean {
  const g = new Set([gold.name, ...(gold.aliases ?? [])].map(orgKey).filter(Boolean));
  const gAcr = new Set([gold.name, ...(gold.aliases ?? [])].map(acronym).filter((a) => a.length > 1));
  return sysNames.some((n) => {
    const k = orgKey(n);
    if (!k) return false;
    if (g.has(k)) return true;
    const compact = k.replace(/ /g, '');
    return gAcr.has(compact) || [...g].some((x) => x.replace(/ /g, '') === compact) || (gAcr.has(acronym(n)) && acronym(n).length > 2);
  });
}

function speakerMatches(gold: Gold, quote: GoldQuote, speaker: string | null | undefined): boolean {
  if (!speaker) return false;
  const person = (gold.people ?? []).find((p) => norm(p.name) === norm(quote.speaker));
  if (person) return personMatches(person, speaker);
  const org = (gold.organizations ?? []).find((o) => norm(o.name) === norm(quote.speaker)) ?? { name: quote.speaker };
  return orgMatches(org, [speaker]);
}

function overlap(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta.length || !tb.length) return 0;
  const setB = new Set(tb);
  return ta.filter((t) => setB.has(t)).length / Math.min(ta.length, tb.length);
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

interface MatchResult<G, S> { tp: number; fp: number; fn: number; tpReq: number; req: number; pairs: Array<[G, S]>; unmatchedGold: G[]; unmatchedSys: S[] }

function match<G extends { optional?: boolean }, S>(gold: readonly G[], sys: readonly S[], isMatch: (g: G, s: S) => boolean): MatchResult<G, S> {
  const used = new Set<number>();
  const pairs: Array<[G, S]> = [];
  let tpReq = 0;
  for (const g of gold) {
    const i = sys.findIndex((s, idx) => !used.has(idx) && isMatch(g, s));
    const s = sys[i];
    if (i >= 0 && s !== undefined) {
      used.add(i);
      pairs.push([g, s]);
      if (!g.optional) tpReq++;
    }
  }
  const req = gold.filter((g) => !g.optional).length;
  return {
    tp: used.size, fp: sys.length - used.size, fn: req - tpReq, tpReq, req, pairs,
    unmatchedGold: gold.filter((g) => !g.optional && !pairs.some(([pg]) => pg === g)),
    unmatchedSys: sys.filter((_, idx) => !used.has(idx)),
  };
}

/** Scores extractions (keyed by article id, the file name without extension) against gold answers. */
export function scoreExtractions(golds: ReadonlyMap<string, Gold>, extractions: ReadonlyMap<string, Scored>): Score {
  const totals = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0, tpReq: 0, req: 0 }])) as Record<Category, { tp: number; fp: number; fn: number; tpReq: number; req: number }>;
  const notes: string[] = [];
  let attrOk = 0;
  let attrAll = 0;
  for (const [id, gold] of [...golds].sort(([a], [b]) => a.localeCompare(b))) {
    const sys = extractions.get(id) ?? {};
    const results = {
      people: match(gold.people ?? [], sys.people ?? [], (g, s) => personMatches(g, s.name)),
      organizations: match(gold.organizations ?? [], sys.organizations ?? [], (g, s) => orgMatches(g, [s.name, ...(s.aliases ?? [])])),
      policies: match(gold.policies ?? [], sys.policies ?? [], (g, s) => {
        const c = contentOverlap(g.name, s.name);
        return c >= 1 && c >= Math.min(words(g.name).length, words(s.name).length) / 2;
      }),
      statistics: match(gold.statistics ?? [], sys.statistics ?? [], (g, s) => {
        const v = num(s.value);
        if (!(Math.abs(v - g.value) <= Math.max(0.5, Math.abs(g.value) * 0.01))) return false;
        if (g.valueHigh != null && s.valueHigh != null && Math.abs(num(s.valueHigh) - g.valueHigh) > g.valueHigh * 0.01) return false;
        return contentOverlap(g.measure, `${s.measure ?? ''} ${s.unit ?? ''} ${s.text ?? ''}`) >= 1;
      }),
      quotes: match(gold.quotes ?? [], sys.quotes ?? [], (g, s) => overlap(g.text, s.text) >= 0.8),
    };
    for (const [g, s] of results.quotes.pairs) {
      if (g.optional) continue;
      attrAll++;
      if (speakerMatches(gold, g, s.speaker)) attrOk++;
      else notes.push(`${id}: quote "${g.text.slice(0, 50)}" gold speaker ${g.speaker}, got ${s.speaker ?? null}`);
    }
    for (const cat of CATEGORIES) {
      const r = results[cat] as MatchResult<{ name?: string; text?: string; measure?: string }, unknown>;
      const t = totals[cat];
      t.tp += r.tp; t.fp += r.fp; t.fn += r.fn; t.tpReq += r.tpReq; t.req += r.req;
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
  return { categories, attribution: attrAll ? attrOk / attrAll : 0, attributionCounts: { ok: attrOk, all: attrAll }, notes };
}
