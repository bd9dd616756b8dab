import type { Evidence, PersonItem, RoleItem } from '../extraction.js';
import type { ArticleContext } from './article-context.js';
import { evidenceAt } from './evidence.js';
import type { Extractor, FoundSoFar } from './extractor.js';
import { FIRST_NAMES } from './gazetteer/first-names.js';
import { KNOWN_PEOPLE } from './gazetteer/known-people.js';
import { NON_NAME_WORDS, SURNAME_MODIFIER_HEADS } from './gazetteer/common-words.js';
import { SAYING_VERBS } from './gazetteer/saying-verbs.js';
import { TITLE_EXPANSIONS, TITLE_ORGANIZATIONS, TITLES_BEFORE_NAME } from './gazetteer/titles.js';
import { findRoles, type RoleDraft } from './person-roles.js';
import { titleBefore, type TitleMatch } from './person-titles.js';
import type { Token } from './text/tokens.js';

/** Capitalised words of titles ("Sen.", "District", "Judge"): never the start of a name. */
const TITLE_WORDS = new Set(TITLES_BEFORE_NAME.filter((t) => /^[A-Z]/.test(t)).flatMap((t) => t.toLowerCase().split(' ')));
const PARTICLES = new Set(['de', 'del', 'la', 'van', 'von', 'der', 'bin', 'al', 'da', 'di', 'le']);
const SUFFIXES = new Set(['Jr.', 'Sr.', 'II', 'III', 'IV']);
const KNOWN_FULL = new Map(KNOWN_PEOPLE.map((p) => [p.name, p]));
const KNOWN_BY_SURNAME = new Map(KNOWN_PEOPLE.map((p) => [surnameOf(p.name), p]));

function surnameOf(name: string): string {
  const parts = name.split(' ').filter((w) => !SUFFIXES.has(w));
  return parts[parts.length - 1] ?? name;
}

interface Group {
  name: string;
  known: boolean;
  surname: string;
  mentions: Set<string>;
  evidence: Evidence[];
  roles: RoleDraft[];
  firstAt: number;
}

/**
 * People: a run of capitalised words is a person when a title stands before it, when it starts with a
 * common given name, when it is a known public figure, or when an appositive role or a verb of saying
 * follows it. Bare surnames then join the person with that surname. Never from furniture, and the
 * headline only repeats people the body names.
 */
export const peopleExtractor: Extractor = {
  name: 'people',
  extract(ctx, found) {
    const toks = ctx.tokens;
    const blocked = blockedTokens(ctx, found);
    const isOrgToken = (i: number): boolean => blocked.get(i) === 'organization';
    const groups: Group[] = [];
    // Looked up once per name found: kept as maps, since a scan of every group each time made an article
    // naming thousands of people quadratic. Surname lists keep the groups' order of creation.
    const byName = new Map<string, Group>();
    const bySurname = new Map<string, Group[]>();
    const taken = new Set<number>();

    const groupFor = (full: string, known: boolean, at: number): Group => {
      const surname = surnameOf(full);
      let g = byName.get(full) ?? bySurname.get(surname)?.find((x) => compatible(x.name, full));
      if (!g) {
        g = { name: full, known, surname, mentions: new Set(), evidence: [], roles: [], firstAt: at };
        groups.push(g);
        byName.set(full, g);
        const same = bySurname.get(surname);
        if (same) same.push(g);
        else bySurname.set(surname, [g]);
      } else if (!g.known && (known || full.split(' ').length > g.name.split(' ').length)) {
        byName.delete(g.name);
        g.name = full;
        g.known = known;
        byName.set(full, g);
      }
      return g;
    };

    for (const s of ctx.sentences) {
      if (ctx.isFurnitureSentence(s) || ctx.inTitle(s.start)) continue;
      const a = ctx.tokenIndexAt(s.start);
      const b = ctx.tokenIndexAt(s.end);
      for (let i = a; i < b; ) {
        const run = capitalRun(toks, i, b, blocked);
        if (!run) {
          i++;
          continue;
        }
        i = run.to;
        let from = run.from;
        while (from < run.to && (NON_NAME_WORDS.has(toks[from]?.text ?? '') || TITLE_WORDS.has(toks[from]?.text.toLowerCase() ?? '') || ctx.furnitureAt(toks[from]?.start ?? 0) !== null)) from++;
        let to = from;
        while (to < run.to && !NON_NAME_WORDS.has(toks[to]?.text ?? '')) to++;
        if (to - from < 1 || to - from > 4) continue;
        const words = toks.slice(from, to);
        if (words.some((w) => /\d/.test(w.text) || (w.text.length > 1 && w.text === w.text.toUpperCase() && !w.text.endsWith('.')))) continue;
        if (isModifierUse(toks, to)) continue;
        const title = titleBefore(ctx.text, toks, from, a, isOrgToken);
        const full = words.map((w) => w.text).join(' ');
        const known = resolveKnown(full, words.length, !!title);
        const firstName = words.length >= 2 && FIRST_NAMES.has(words[0]?.text ?? '');
        const cue = words.length >= 2 && followedByPersonCue(toks, to, b);
        if (!(title || known || firstName || cue)) continue;
        if (!title && !known && words.length === 1) continue;
        const g = groupFor(known ?? full, !!known, words[0]?.start ?? 0);
        const first = words[0];
        const last = words[words.length - 1];
        if (!first || !last) continue;
        g.mentions.add(title ? `${title.text} ${full}` : full);
        g.evidence.push(evidenceAt(ctx, first.start, last.end, title || known || firstName ? 0.9 : 0.7));
        for (let k = from; k < to; k++) taken.add(k);
        if (title) g.roles.push(roleFromTitle(ctx, title, toks));
        g.roles.push(...findRoles(ctx, toks, to, b, found.entities));
      }
    }

    // Bare surnames (and the headline) refer back to people already found.
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (!t || t.kind !== 'word' || !t.cap || taken.has(i) || blocked.has(i)) continue;
      const f = ctx.furnitureAt(t.start);
      if (f !== null) continue;
      const candidates = bySurname.get(t.text) ?? [];
      if (!candidates.length || isModifierUse(toks, i + 1)) continue;
      const prev = toks[i - 1];
      if (prev?.kind === 'word' && prev.cap && !NON_NAME_WORDS.has(prev.text) && prev.end + 1 >= t.start) continue;
      const g = candidates.reduce((best, c) => (c.firstAt <= t.start && c.firstAt >= best.firstAt ? c : best));
      g.mentions.add(t.text);
      g.evidence.push(evidenceAt(ctx, t.start, t.end, 0.8));
    }

    const people: PersonItem[] = groups.map((g) => toItem(g));
    return { people };
  },
};

function compatible(existing: string, full: string): boolean {
  const a = existing.split(' ');
  const b = full.split(' ');
  if (a.length === 1 || b.length === 1) return true;
  return a[0] === b[0] || (a[0]?.[0] === b[0]?.[0] && (a[0]?.endsWith('.') || b[0]?.endsWith('.') || false));
}

function resolveKnown(full: string, words: number, titled: boolean): string | null {
  if (KNOWN_FULL.has(full)) return full;
  if (words === 1) {
    const k = KNOWN_BY_SURNAME.get(full);
    if (k && (k.bare || titled)) return k.name;
    return null;
  }
  const k = KNOWN_BY_SURNAME.get(surnameOf(full));
  return k && k.name.split(' ')[0] === full.split(' ')[0] ? k.name : null;
}

/** "the Trump administration", "Trump officials": the surname qualifies something else. */
function isModifierUse(toks: readonly Token[], after: number): boolean {
  const next = toks[after];
  if (!next || next.kind !== 'word') return false;
  if (SURNAME_MODIFIER_HEADS.has(next.text.toLowerCase())) return true;
  return /^-(?:era|backed|appointed|aligned)$/.test(next.text);
}

function followedByPersonCue(toks: readonly Token[], to: number, end: number): boolean {
  const next = toks[to];
  if (!next || to >= end) return false;
  if (next.kind === 'word' && SAYING_VERBS.has(next.text.toLowerCase())) return true;
  if (next.text === ',') {
    const after = toks[to + 1]?.text.toLowerCase() ?? '';
    if (['a', 'an', 'the', 'former', 'acting', 'who', 'director', 'chief', 'spokesperson', 'spokesman', 'spokeswoman', 'executive', 'senior', 'deputy', 'assistant'].includes(after)) {
      for (let k = to + 1; k < Math.min(end, to + 10); k++) {
        const w = toks[k];
        if (!w || w.text === '.' || w.text === ';') break;
        if (w.kind === 'word' && /^(?:director|spokes\w+|official|officer|attorney|lawyer|professor|analyst|researcher|chief|secretary|commissioner|advocate|president|senator|judge|agent|fellow|founder|executive|head|member|chair\w*|sheriff|mayor|governor|economist|adviser|advisor|aide|who)$/i.test(w.text)) return true;
      }
    }
  }
  return false;
}

function capitalRun(toks: readonly Token[], i: number, end: number, blocked: ReadonlyMap<number, string>): { from: number; to: number } | null {
  const t = toks[i];
  if (!t || t.kind !== 'word' || !t.cap || blocked.has(i)) return null;
  let j = i + 1;
  while (j < end) {
    const u = toks[j];
    const prev = toks[j - 1];
    if (!u || !prev || blocked.has(j) || u.kind !== 'word' || u.start > prev.end + 1) break;
    if (u.cap || /^[A-Z]\.$/.test(u.text)) j++;
    else if (PARTICLES.has(u.text) && toks[j + 1]?.cap && !blocked.has(j + 1)) j++;
    else break;
  }
  return { from: i, to: j };
}

function blockedTokens(ctx: ArticleContext, found: FoundSoFar): Map<number, string> {
  const out = new Map<number, string>();
  for (const m of found.entities.all()) {
    if (m.kind === 'person') continue;
    for (let k = ctx.tokenIndexAt(m.start); k < ctx.tokens.length && (ctx.tokens[k]?.start ?? Infinity) < m.end; k++) out.set(k, m.kind);
  }
  return out;
}

function roleFromTitle(ctx: ArticleContext, title: TitleMatch, toks: readonly Token[]): RoleDraft {
  const core = title.core.replace(/^(?:former|acting|then)\s+/i, '');
  const key = core.toLowerCase();
  const expanded = TITLE_EXPANSIONS[key] ?? core;
  const first = toks[title.from];
  const last = toks[title.to - 1];
  const start = first?.start ?? 0;
  const end = last?.end ?? 0;
  return {
    title: title.former ? `former ${expanded}` : expanded,
    organization: TITLE_ORGANIZATIONS[key] ?? null,
    orgFromText: false,
    former: title.former,
    evidence: evidenceAt(ctx, start, end, 0.85),
  };
}

function toItem(g: Group): PersonItem {
  const seen = new Set<string>();
  const roleDetails: RoleItem[] = [];
  for (const r of g.roles) {
    const key = r.title.toLowerCase();
    if (!key) continue;
    if (seen.has(key)) continue;
    seen.add(key);
    roleDetails.push({ title: r.title, organization: r.organization, former: r.former, evidence: r.evidence });
  }
  const affiliations = [...new Set(g.roles.map((r) => r.organization).filter((o): o is string => !!o))];
  const evidence = [...g.evidence].sort((a, b) => a.start - b.start);
  return {
    name: g.name,
    mentions: [...g.mentions],
    roles: roleDetails.map((r) => r.title),
    affiliations,
    roleDetails,
    evidence,
  };
}
