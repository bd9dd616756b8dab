import type { Evidence, OrganizationItem, OrganizationKind } from '../extraction.js';
import type { ArticleContext } from './article-context.js';
import { evidenceAt } from './evidence.js';
import type { Extractor } from './extractor.js';
import { ORGANIZATION_TRIE, type OrganizationAlias } from '../gazetteer/organization-index.js';
import type { OrganizationEntry } from '../gazetteer/organization-entry.js';
import { NON_NAME_WORDS } from '../gazetteer/common-words.js';
import { TITLES_BEFORE_NAME } from '../gazetteer/titles.js';
import { NAME_CONNECTORS, type Token } from '../text/tokens.js';

/** Capitalised words that may stand next to a one-word name without making it part of a longer one. */
const NEIGHBOURS_OK = new Set([
  ...TITLES_BEFORE_NAME.filter((t) => !t.includes(' ')).map((t) => t.toLowerCase()),
  'republicans',
  'democrats',
  'republican',
  'democratic',
  'gop',
  'majority',
  'minority',
  'members',
  'member',
  'u.s.',
  'us',
]);

/** Last words that make a capitalised run an organization name the gazetteer may not know. */
const HEAD_KINDS: Readonly<Record<string, OrganizationKind>> = {
  Department: 'agency',
  Agency: 'agency',
  Bureau: 'agency',
  Office: 'agency',
  Administration: 'agency',
  Ministry: 'agency',
  Service: 'agency',
  Services: 'agency',
  Police: 'agency',
  Patrol: 'agency',
  Authority: 'agency',
  Commission: 'agency',
  Board: 'agency',
  Guard: 'agency',
  Institute: 'research',
  Center: 'research',
  Centre: 'research',
  Clearinghouse: 'research',
  Council: 'other',
  Association: 'other',
  Foundation: 'advocacy',
  Coalition: 'advocacy',
  Alliance: 'advocacy',
  Network: 'advocacy',
  Project: 'advocacy',
  Fund: 'advocacy',
  Society: 'other',
  Organization: 'other',
  Union: 'other',
  University: 'university',
  College: 'university',
  School: 'university',
  Court: 'court',
  Legislature: 'legislature',
  Assembly: 'legislature',
  Division: 'agency',
  Army: 'agency',
  Corps: 'agency',
  Command: 'agency',
  Academy: 'university',
  Tribunal: 'court',
  Committee: 'legislature',
  Caucus: 'legislature',
  Corporation: 'company',
  Company: 'company',
  'Inc.': 'company',
  Group: 'company',
  Cartel: 'criminal_group',
};
const LEADING_HEADS = new Set([
  'Department',
  'Office',
  'Bureau',
  'University',
  'Institute',
  'Center',
  'Ministry',
  'Council',
  'Commission',
  'Court',
  'Division',
  'School',
  'College',
  'Coalition',
  'Alliance',
  'Network',
  'Association',
  'Federation',
  'Foundation',
  'Fund',
  'Committee',
  'Society',
  'Union',
  'Project',
]);
/**
 * Capitalised words that open a sentence or a clause before a body's name ("Meanwhile the Arizona
 * Department …", "On Monday, …"). Domain words such as "National" or "Immigration" are not among them:
 * they begin real names ("Immigration and Naturalization Service").
 */
const LEADING_NOISE = new Set(
  (
    'The A An This That These Those In On At For From By With And But Or Nor As If When While After Before ' +
    'According Despite Within During Since Under Over Although Though Because Meanwhile However Still Yet Also ' +
    'Even Only Just More Most Many Some Several Other Others Both Each Every All Any No Not It Its He His She Her ' +
    'They Their We Our You Your I My Who What Where Why How Which Whose Then Now Today Yesterday Last Next Instead ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August ' +
    'September October November December Former Acting Senior Top Local Two Three Four Five Unlike Like ' +
    'Through Throughout Among Amid Against Without Toward Upon Into About Across Along Around Near Via Per Thanks ' +
    'Related Photo Photos Read Watch Listen Click Subscribe Updated Published Posted Trump-era Biden-era ' +
    'Members Member Leaders Officials Agents Officers Lawmakers Supporters Critics Residents Employees Staffers ' +
    'Democrats Republicans Advocates Attorneys Lawyers Judges Experts Researchers Analysts'
  ).split(' '),
);

/** Offices named after their holder or members ("Attorney's Office", "Women's Commission"); "Mexico's X" is not one name. */
const POSSESSIVE_OWNERS = new Set([
  'Attorney',
  'Sheriff',
  'Governor',
  'Mayor',
  'Marshal',
  'Comptroller',
  'Controller',
  'Treasurer',
  'Prosecutor',
  'Defender',
  'Examiner',
  'Coroner',
  'Clerk',
  'Women',
  'Children',
  'People',
  'Veterans',
  'Workers',
  'Lawyers',
]);
/**
 * No organization name is longer ("United States Court of Appeals for the Ninth Circuit" is nine). A
 * capitalised run that is no name is tried again from each of its words, so an unbounded run made a
 * line of capitalised words quadratic.
 */
const MAX_NAME_TOKENS = 16;

interface OrgDraft {
  name: string;
  acronym: string | null;
  aliases: Set<string>;
  kind: OrganizationKind;
  partOf: string | null;
  known: boolean;
  evidence: Evidence[];
}

/**
 * Organizations: every gazetteer name and acronym, plus capitalised names ending in an institutional
 * word ("Arizona Department of Public Safety"), with an acronym given in brackets learnt on the way.
 * Never from furniture: a caption or a credit names the picture's source, not the story's.
 */
export const organizationsExtractor: Extractor = {
  name: 'organizations',
  extract(ctx) {
    const drafts = new Map<string, OrgDraft>();
    const learnt = new Map<string, string>();
    const claimed = new Set<number>();
    const toks = ctx.tokens;
    const usable = (t: Token): boolean => ctx.furnitureAt(t.start) === null;
    const add = (
      name: string,
      surface: string,
      from: number,
      to: number,
      entry: OrganizationEntry | null,
      kind: OrganizationKind,
      confidence: number,
      partOf = entry?.partOf ?? null,
    ): void => {
      const first = toks[from];
      const last = toks[to - 1];
      if (!first || !last) return;
      let d = drafts.get(name);
      if (!d) {
        d = {
          name,
          acronym: entry?.acronym ?? null,
          aliases: new Set(entry ? [entry.name, ...(entry.acronym ? [entry.acronym] : []), ...entry.aliases] : []),
          kind: entry?.kind ?? kind,
          partOf,
          known: !!entry,
          evidence: [],
        };
        drafts.set(name, d);
      }
      d.aliases.add(surface);
      d.evidence.push(evidenceAt(ctx, first.start, last.end, confidence));
      for (let k = from; k < to; k++) claimed.add(k);
    };

    // Gazetteer names first, so an unknown-name run never swallows a known body ("… of the Migration Policy Institute").
    const known = new Map<number, { to: number; alias: OrganizationAlias }>();
    for (let i = 0; i < toks.length;) {
      const t = toks[i];
      const m = t && usable(t) ? ORGANIZATION_TRIE.longestAt(toks, i) : null;
      const alias = m ? pickAlias(m.values) : undefined;
      if (m && alias && (!alias.loneWord || standsApart(toks, m.from, m.to))) {
        known.set(i, { to: m.to, alias });
        for (let k = m.from; k < m.to; k++) claimed.add(k);
        i = m.to;
      } else i++;
    }

    for (let i = 0; i < toks.length;) {
      const t = toks[i];
      if (!t || !usable(t)) {
        i++;
        continue;
      }
      const hit = known.get(i);
      if (hit) {
        const entry = hit.alias.entry;
        const chapterEnd = chapterAfter(toks, hit.to, entry, claimed);
        if (chapterEnd !== null) {
          const surface = ctx.text.slice(t.start, toks[chapterEnd - 1]?.end ?? t.end);
          add(surface, surface, i, chapterEnd, null, entry.kind, 0.8, entry.name);
          i = chapterEnd;
          continue;
        }
        const surface = ctx.text.slice(t.start, toks[hit.to - 1]?.end ?? t.end);
        add(entry.name, surface, i, hit.to, entry, entry.kind, 0.95);
        i = hit.to;
        continue;
      }
      const learntName = t.kind === 'word' ? learnt.get(t.text) : undefined;
      if (learntName) {
        add(learntName, t.text, i, i + 1, null, drafts.get(learntName)?.kind ?? 'other', 0.7);
        i++;
        continue;
      }
      const run = unknownOrganizationAt(ctx, toks, i, claimed);
      if (run) {
        const surface = ctx.text.slice(toks[run.from]?.start ?? 0, toks[run.to - 1]?.end ?? 0);
        add(surface, surface, run.from, run.to, null, run.kind, 0.6);
        const acr = bracketedAcronym(toks, run.to);
        if (acr) {
          learnt.set(acr, surface);
          const d = drafts.get(surface);
          if (d) d.acronym = acr;
        }
        i = run.to;
        continue;
      }
      i++;
    }

    const organizations: OrganizationItem[] = [...drafts.values()].map((d) => ({
      name: d.name,
      acronym: d.acronym,
      aliases: [...d.aliases].filter((a) => a !== d.name),
      kind: d.kind,
      partOf: d.partOf,
      known: d.known,
      evidence: d.evidence,
    }));
    return { organizations };
  },
};

function pickAlias(values: readonly OrganizationAlias[]): OrganizationAlias | undefined {
  return values.find((v) => !v.loneWord) ?? values[0];
}

/** A one-word name next to other capitalised words is probably part of a longer name ("Old Senate Chamber"). */
function standsApart(toks: readonly Token[], from: number, to: number): boolean {
  const prev = toks[from - 1];
  const next = toks[to];
  const prevBinds =
    !!prev &&
    prev.kind === 'word' &&
    prev.cap &&
    prev.end + 1 >= (toks[from]?.start ?? 0) &&
    !NON_NAME_WORDS.has(prev.text) &&
    !NEIGHBOURS_OK.has(prev.text.toLowerCase());
  const nextBinds =
    !!next &&
    next.kind === 'word' &&
    next.cap &&
    (toks[to - 1]?.end ?? 0) + 1 >= next.start &&
    !NEIGHBOURS_OK.has(next.text.toLowerCase());
  return !prevBinds && !nextBinds;
}

function unknownOrganizationAt(
  ctx: ArticleContext,
  toks: readonly Token[],
  i: number,
  claimed: ReadonlySet<number>,
): { from: number; to: number; kind: OrganizationKind } | null {
  const first = toks[i];
  if (!first || first.kind !== 'word' || !first.cap || claimed.has(i)) return null;
  let j = i;
  let lastCap = i;
  const limit = Math.min(toks.length, i + MAX_NAME_TOKENS);
  while (j < limit) {
    const t = toks[j];
    if (!t || claimed.has(j)) break;
    // "U.S. Attorney's Office", "Sheriff's Office": a possessive between capitalised words stays inside.
    const innerPossessive =
      t.kind === 'possessive' && j > i && !!toks[j + 1]?.cap && POSSESSIVE_OWNERS.has(toks[j - 1]?.text ?? '');
    // "Immigrants' Rights Project": a plural possessive written as a bare apostrophe.
    const pluralPossessive =
      (t.text === "'" || t.text === '’') &&
      j > i &&
      /s$/.test(toks[j - 1]?.text ?? '') &&
      t.start === toks[j - 1]?.end &&
      !!toks[j + 1]?.cap;
    if (t.kind !== 'word' && !innerPossessive && !pluralPossessive) break;
    if (pluralPossessive) {
      j++;
      continue;
    }
    if (innerPossessive) {
      j++;
      continue;
    }
    if (t.cap) lastCap = j;
    else if (!NAME_CONNECTORS.has(t.text.toLowerCase()) || (t.text.toLowerCase() === 'the' && j === i)) break;
    // "… and the Maritime Administration": a second name begins, no name holds "and the".
    else if (t.text === 'and' && toks[j + 1]?.text.toLowerCase() === 'the') break;
    if (j > i && (toks[j - 1]?.end ?? 0) + 1 < t.start && /\n/.test(ctx.text.slice(toks[j - 1]?.end ?? 0, t.start)))
      break;
    j++;
  }
  let from = i;
  while (from <= lastCap && (LEADING_NOISE.has(toks[from]?.text ?? '') || !toks[from]?.cap)) from++;
  const to = lastCap + 1;
  if (to - from < 2) return null;
  const headWord = toks[lastCap]?.text ?? '';
  // "Arizona Department of Public Safety": the institutional word may stand before an "of" phrase.
  let ofHead: string | undefined;
  for (let k = from; k < lastCap; k++) {
    const w = toks[k]?.text ?? '';
    if (LEADING_HEADS.has(w) && (toks[k + 1]?.text === 'of' || toks[k + 1]?.text === 'for')) ofHead = w;
  }
  const kind = HEAD_KINDS[headWord] ?? (ofHead ? HEAD_KINDS[ofHead] : undefined);
  if (!kind) return null;
  // "the Biden Administration" is a president's government, not an agency ("Maritime Administration" is listed).
  if (to - from === 2 && headWord === 'Administration') return null;
  return { from, to, kind };
}

/** No place name a chapter is named after is longer ("of the Rio Grande Valley"). */
const MAX_CHAPTER_WORDS = 5;

/**
 * "Catholic Charities of the Rio Grande Valley", "ACLU of Northern California": an advocacy group's local
 * chapter is its own body, part of the one the gazetteer knows. Returns the end of the chapter's name.
 */
function chapterAfter(
  toks: readonly Token[],
  to: number,
  entry: OrganizationEntry,
  claimed: ReadonlySet<number>,
): number | null {
  if (entry.kind !== 'advocacy' || toks[to]?.text !== 'of') return null;
  const from = toks[to + 1]?.text === 'the' ? to + 2 : to + 1;
  let j = from;
  while (j < toks.length && j - from < MAX_CHAPTER_WORDS && toks[j]?.kind === 'word' && toks[j]?.cap && !claimed.has(j))
    j++;
  return j > from ? j : null;
}

function bracketedAcronym(toks: readonly Token[], after: number): string | null {
  const open = toks[after];
  const acr = toks[after + 1];
  const close = toks[after + 2];
  if (open?.text === '(' && close?.text === ')' && acr && /^[A-Z][A-Za-z&.-]{1,9}$/.test(acr.text)) return acr.text;
  return null;
}
