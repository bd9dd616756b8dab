import type { Evidence, PersonItem, RoleItem } from '../extraction.js';
import type { ArticleContext } from './article-context.js';
import { evidenceAt } from './evidence.js';
import type { Extractor, FoundSoFar } from './extractor.js';
import { FIRST_NAMES } from '../gazetteer/first-names.js';
import { sameGivenName } from '../gazetteer/given-name-forms.js';
import { KNOWN_PEOPLE, type KnownPerson } from '../gazetteer/known-people.js';
import { NON_NAME_WORDS } from '../gazetteer/common-words.js';
import {
  capitalRun,
  compatible,
  complementEnd,
  followedByPersonCue,
  isAcronym,
  isModifierUse,
  isNoNameWord,
  keepsNameStart,
  nameWords,
  namesAThing,
  surnameOf,
} from './person-names.js';
import { findRoles, findRolesBefore, type RoleDraft } from './person-roles.js';
import { titleBefore } from './person-titles.js';
import { roleFromTitle } from './role-from-title.js';
import { endsBeforeArticle } from './role-tense.js';

/** How far past a name a "during Trump's first term" is looked for. */
const TAIL_CHARS = 80;

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
    if (
      words.some(
        (w, k) => /\d/.test(w.text) || (isAcronym(w.text) && !(k === 0 && w.text.length === 2 && words.length > 1)),
      )
    )
      return;
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
    for (let i = a; i < b;) {
      const run = capitalRun(toks, i, b, blocked);
      if (!run) {
        i++;
        continue;
      }
      i = run.to;
      // A run may hold several names and titles ("Coahuila Governor Ana Ruiz"): each stretch between
      // words that are no names is tried in turn.
      for (let from = complementEnd(toks, run.from, run.to, a); from < run.to;) {
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
