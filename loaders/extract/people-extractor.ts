import type { Evidence, PersonItem, RoleItem } from '../extraction.js';
import type { ArticleContext } from './article-context.js';
import type { EntityIndex } from './entity-index.js';
import { evidenceAt } from './evidence.js';
import type { Extractor, FoundSoFar } from './extractor.js';
import { FIRST_NAMES } from './gazetteer/first-names.js';
import { sameGivenName } from './gazetteer/given-name-forms.js';
import { KNOWN_PEOPLE, type KnownPerson } from './gazetteer/known-people.js';
import { NAMED_AFTER_HEADS, NON_NAME_WORDS, SURNAME_MODIFIER_HEADS } from './gazetteer/common-words.js';
import { SAYING_VERBS } from './gazetteer/saying-verbs.js';
import { HONORIFICS, TITLE_EXPANSIONS, TITLE_ORGANIZATIONS, TITLES_BEFORE_NAME } from './gazetteer/titles.js';
import { findRoles, findRolesBefore, type RoleDraft } from './person-roles.js';
import { titleBefore, titleEndingAt, type TitleMatch } from './person-titles.js';
import { endsBeforeArticle } from './role-tense.js';
import type { Token } from './text/tokens.js';

/** Capitalised words of titles ("Sen.", "District", "Judge"): never the start of a name. */
const TITLE_WORDS = new Set(TITLES_BEFORE_NAME.filter((t) => /^[A-Z]/.test(t)).flatMap((t) => t.toLowerCase().split(' ')));
const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'van', 'von', 'der', 'den', 'bin', 'al', 'da', 'di', 'le', 'dos', 'das', 'y']);
const SUFFIXES = new Set(['Jr.', 'Sr.', 'II', 'III', 'IV']);
/** How far past a name a "during Trump's first term" is looked for. */
const TAIL_CHARS = 80;

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
 * The people extractor with its list of public figures; an empty list shows what the text alone
 * yields (`extract --no-known-people`).
 */
export function createPeopleExtractor(knownPeople: readonly KnownPerson[]): Extractor {
  const known = new KnownPeople(knownPeople);
  return {
    name: 'people',
    extract(ctx, found) {
      return { people: extractPeople(ctx, found, known) };
    },
  };
}

class KnownPeople {
  private readonly full: Map<string, KnownPerson>;
  private readonly bySurname: Map<string, KnownPerson>;

  constructor(people: readonly KnownPerson[]) {
    this.full = new Map(people.map((p) => [p.name, p]));
    this.bySurname = new Map(people.map((p) => [surnameOf(p.name), p]));
  }

  /** The known full name a written name stands for, if any. */
  resolve(full: string, words: number, titled: boolean): string | null {
    if (this.full.has(full)) return full;
    if (words === 1) {
      const k = this.bySurname.get(full);
      return k && (k.bare || titled) ? k.name : null;
    }
    const k = this.bySurname.get(surnameOf(full));
    return k && sameGivenName(k.name.split(' ')[0] ?? '', full.split(' ')[0] ?? '') ? k.name : null;
  }
}

/**
 * People: a run of capitalised words is a person when a title stands before it, when it starts with a
 * common given name, when it is a known public figure, or when an appositive role or a verb of saying
 * follows it. Bare surnames then join the person with that surname. Never from furniture, and the
 * headline only repeats people the body names.
 */
export const peopleExtractor: Extractor = createPeopleExtractor(KNOWN_PEOPLE);

function extractPeople(ctx: ArticleContext, found: FoundSoFar, known: KnownPeople): PersonItem[] {
  const toks = ctx.tokens;
  const blocked = blockedTokens(ctx, found);
  const isOrgToken = (i: number): boolean => blocked.get(i) === 'organization';
  const groups: Group[] = [];
  // Looked up once per name found: kept as maps, since a scan of every group each time made an article
  // naming thousands of people quadratic. Surname lists keep the groups' order of creation.
  const byName = new Map<string, Group>();
  const bySurname = new Map<string, Group[]>();
  const taken = new Set<number>();

  const groupFor = (full: string, isKnown: boolean, at: number): Group => {
    const surname = surnameOf(full);
    let g = byName.get(full) ?? bySurname.get(surname)?.find((x) => compatible(x.name, full));
    if (!g) {
      g = { name: full, known: isKnown, surname, mentions: new Set(), evidence: [], roles: [], firstAt: at };
      groups.push(g);
      byName.set(full, g);
      const same = bySurname.get(surname);
      if (same) same.push(g);
      else bySurname.set(surname, [g]);
    } else if (!g.known && (isKnown || full.split(' ').length > g.name.split(' ').length)) {
      byName.delete(g.name);
      g.name = full;
      g.known = isKnown;
      byName.set(full, g);
    }
    return g;
  };

  const consider = (from: number, to: number, a: number, b: number): void => {
    const words = toks.slice(from, to);
    if (words.some((w, k) => /\d/.test(w.text) || (isAcronym(w.text) && !(k === 0 && w.text.length === 2 && words.length > 1)))) return;
    if (isModifierUse(toks, to) || namesAThing(toks, from, to)) return;
    const title = titleBefore(ctx.text, toks, from, a, (i) => blocked.get(i));
    const full = words.map((w) => w.text).join(' ');
    const resolved = known.resolve(full, words.length, !!title);
    const firstName = words.length >= 2 && FIRST_NAMES.has(words[0]?.text ?? '');
    const rolesBefore = title ? [] : findRolesBefore(ctx, toks, from, a, found.entities);
    const cue = words.length >= 2 && (rolesBefore.length > 0 || followedByPersonCue(toks, to, b, found.entities));
    if (!(title || resolved || firstName || cue)) return;
    if (!title && !resolved && words.length === 1) return;
    const first = words[0];
    const last = words[words.length - 1];
    if (!first || !last) return;
    const g = groupFor(resolved ?? full, !!resolved, first.start);
    g.mentions.add(title ? `${title.text} ${full}` : full);
    g.evidence.push(evidenceAt(ctx, first.start, last.end, title || resolved || firstName ? 0.9 : 0.7));
    for (let k = from; k < to; k++) taken.add(k);
    const role = title ? roleFromTitle(ctx, title, toks, found.entities) : null;
    if (role) {
      const endedBefore = endsBeforeArticle(ctx.text.slice(last.end, last.end + TAIL_CHARS), ctx.info.date);
      g.roles.push(endedBefore ? { ...role, former: true } : role);
    }
    g.roles.push(...rolesBefore, ...findRoles(ctx, toks, to, b, found.entities));
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
      // A run may hold several names and titles ("Coahuila Governor Ana Ruiz"): each stretch between
      // words that are no names is tried in turn.
      for (let from = complementEnd(toks, run.from, run.to, a); from < run.to; ) {
        while (from < run.to && !keepsNameStart(toks, from, run.to) && isNoNameWord(ctx, toks, from)) from++;
        let to = Math.min(from + 1, run.to);
        while (to < run.to && !NON_NAME_WORDS.has(toks[to]?.text ?? '')) to++;
        if (from < to && nameWords(toks, from, to) <= 4) consider(from, to, a, b);
        from = Math.max(to, from + 1);
      }
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
    if (prev?.kind === 'word' && prev.cap && !isNoNameWord(ctx, toks, i - 1) && prev.end + 1 >= t.start) continue;
    const g = candidates.reduce((best, c) => (c.firstAt <= t.start && c.firstAt >= best.firstAt ? c : best));
    g.mentions.add(t.text);
    g.evidence.push(evidenceAt(ctx, t.start, t.end, 0.8));
  }

  return groups.map((g) => toItem(g));
}

/**
 * "Assistant Secretary for Public Affairs Ana Ruiz": a run right after a title and "for"/"of" opens with
 * the title's complement. The name starts at its first given name, or else is its last two words.
 */
function complementEnd(toks: readonly Token[], from: number, to: number, floor: number): number {
  if (!/^(?:for|of|in)$/.test(toks[from - 1]?.text ?? '') || titleEndingAt(toks, from - 1, floor) < 0 || to - from < 3) return from;
  for (let k = from; k < to - 1; k++) if (FIRST_NAMES.has(toks[k]?.text ?? '')) return k;
  return to - 2;
}

/** "CBP", "NBC" are no names; a two-letter given name of initials ("JB Pritzker") is let through by the caller. */
function isAcronym(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && !word.endsWith('.');
}

/** Words of a name, not counting particles ("Juan Carlos de la Cruz" has four). */
function nameWords(toks: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (!PARTICLES.has(toks[k]?.text ?? '')) n++;
  return n;
}

function isNoNameWord(ctx: ArticleContext, toks: readonly Token[], i: number): boolean {
  const t = toks[i];
  if (!t) return false;
  // "posted on X. Banks said …": the platform, read as an initial because the period looks like one.
  if (t.text === 'X.' && toks[i - 1]?.text === 'on') return true;
  return NON_NAME_WORDS.has(t.text) || TITLE_WORDS.has(t.text.toLowerCase()) || ctx.furnitureAt(t.start) !== null;
}

/** "Bill" is a law in "Bill Text" but a given name in "Bill Ruiz": kept when a surname-like word follows. */
function keepsNameStart(toks: readonly Token[], i: number, runEnd: number): boolean {
  const t = toks[i];
  const next = toks[i + 1];
  return !!t && !!next && i + 1 < runEnd && FIRST_NAMES.has(t.text) && !NON_NAME_WORDS.has(next.text) && !TITLE_WORDS.has(next.text.toLowerCase());
}

/** "Edward Byrne Memorial …", "John Moore/Getty Images": a name inside a thing's name, or a credit. */
function namesAThing(toks: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (NAMED_AFTER_HEADS.has(toks[k]?.text ?? '') || toks[k]?.text.includes('/')) return true;
  const next = toks[to];
  return !!next && next.cap && next.start <= (toks[to - 1]?.end ?? 0) + 1 && NAMED_AFTER_HEADS.has(next.text);
}

function compatible(existing: string, full: string): boolean {
  const a = existing.split(' ');
  const b = full.split(' ');
  if (a.length === 1 || b.length === 1) return true;
  const [x = '', y = ''] = [a[0], b[0]];
  return sameGivenName(x, y) || (x[0] === y[0] && (x.endsWith('.') || y.endsWith('.')));
}

/** "the Trump administration", "Trump officials": the surname qualifies something else. */
function isModifierUse(toks: readonly Token[], after: number): boolean {
  const next = toks[after];
  if (!next || next.kind !== 'word') return false;
  if (SURNAME_MODIFIER_HEADS.has(next.text.toLowerCase())) return true;
  return /^-(?:era|backed|appointed|aligned)$/.test(next.text);
}

function followedByPersonCue(toks: readonly Token[], to: number, end: number, entities: EntityIndex): boolean {
  const next = toks[to];
  if (!next || to >= end) return false;
  if (next.kind === 'word' && SAYING_VERBS.has(next.text.toLowerCase())) return true;
  // "Lara Pinto of the Migration Policy Institute": a name and the body it speaks from.
  if (/^(?:of|at|with)$/.test(next.text)) {
    const k = toks[to + 1]?.text.toLowerCase() === 'the' ? to + 2 : to + 1;
    const org = toks[k];
    if (org && entities.at(org.start, ['organization'])) return true;
  }
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
    if (u.cap || /^[A-Z]\.$/.test(u.text)) {
      j++;
      continue;
    }
    // "de la Cruz", "van der Berg": particles only count when a capitalised word closes them.
    let k = j;
    while (k < end && k - j < 3 && PARTICLES.has(toks[k]?.text ?? '')) k++;
    if (k > j && toks[k]?.cap && !blocked.has(k)) j = k;
    else break;
  }
  return { from: i, to: j };
}

function blockedTokens(ctx: ArticleContext, found: FoundSoFar): Map<number, string> {
  const out = new Map<number, string>();
  for (const m of found.entities.all()) {
    if (m.kind === 'person') continue;
    // A word in both a place and a body ("Texas" in "Texas Department of Public Safety") belongs to the body.
    for (let k = ctx.tokenIndexAt(m.start); k < ctx.tokens.length && (ctx.tokens[k]?.start ?? Infinity) < m.end; k++) {
      if (out.get(k) !== 'organization') out.set(k, m.kind);
    }
  }
  return out;
}

function roleFromTitle(ctx: ArticleContext, title: TitleMatch, toks: readonly Token[], entities: EntityIndex): RoleDraft | null {
  const core = title.core.replace(/^(?:former|acting|then)[\s-]+/i, '');
  const key = core.toLowerCase();
  if (HONORIFICS.has(key)) return null;
  const first = toks[title.from];
  const last = toks[title.to - 1];
  if (!first || !last) return null;
  // "ICE Deputy Director", "Pentagon press secretary": the body named in the title is the one served.
  const orgs = entities.within(first.start, last.end, ['organization']);
  const org = orgs[orgs.length - 1];
  const byTitle = isStateOffice(toks[title.from - 1], key, entities) ? null : (TITLE_ORGANIZATIONS[key] ?? null);
  const written = org ? title.text.replace(/^(?:former|then)[\s-]+/i, '') : (TITLE_EXPANSIONS[key] ?? core);
  return {
    title: title.former ? `former ${written}` : written,
    organization: org?.name ?? byTitle,
    orgFromText: !!org,
    former: title.former,
    evidence: evidenceAt(ctx, first.start, last.end, 0.85),
  };
}

/** Titles that states have too: "Texas Attorney General" is not the U.S. one the bare title stands for. */
const STATE_OFFICES = new Set(['attorney general', 'atty. gen.', 'deputy attorney general', 'assistant attorney general', 'solicitor general', 'secretary of state']);

function isStateOffice(before: Token | undefined, key: string, entities: EntityIndex): boolean {
  if (!before) return false;
  if (before.text.toLowerCase() === 'state') return true;
  if (!STATE_OFFICES.has(key)) return false;
  const place = entities.at(before.start, ['place']);
  return !!place && place.name !== 'United States';
}

function toItem(g: Group): PersonItem {
  const seen = new Set<string>();
  const roleDetails: RoleItem[] = [];
  for (const r of g.roles) {
    // A bare affiliation ("of the X") has no title but is still a link to its body.
    const key = `${r.title.toLowerCase()}|${r.organization ?? ''}`;
    if ((!r.title && !r.organization) || seen.has(key)) continue;
    seen.add(key);
    roleDetails.push({ title: r.title, organization: r.organization, former: r.former, evidence: r.evidence });
  }
  const affiliations = [...new Set(g.roles.map((r) => r.organization).filter((o): o is string => !!o))];
  const evidence = [...g.evidence].sort((a, b) => a.start - b.start);
  return {
    name: g.name,
    mentions: [...g.mentions],
    roles: [...new Set(roleDetails.map((r) => r.title).filter(Boolean))],
    affiliations,
    roleDetails,
    evidence,
  };
}
