/**
 * The people of the generated news: a fixed head of prominent officials (the gazetteer's known figures,
 * with the titles articles give them) and an unbounded tail of generated people, each with one stable
 * role, so that rank k is the same person with the same title in every article of every run.
 */
import type { OrganizationEntry } from '../../loaders/gazetteer/organization-entry.js';
import { FIRST_NAMES } from '../../loaders/gazetteer/first-names.js';
import { KNOWN_PEOPLE } from '../../loaders/gazetteer/known-people.js';
import { PLACES } from '../../loaders/gazetteer/places.js';
import { ORGANIZATIONS } from '../../loaders/gazetteer/organizations.js';
import { RESEARCH_BODIES, SOURCE_AGENCIES, introduce } from './agencies.js';
import { BORDER_CITIES, STATE_ABBREVIATIONS } from './places.js';
import { mixSeed, mulberry32 } from './random.js';
import { SURNAMES } from './surnames.js';

export interface Person {
  readonly name: string;
  readonly surname: string;
  /** A title before the name, with its trailing space: "acting ICE director ", "Sen. ", or "". */
  readonly title: string;
  /** An appositive after the name: "R-Texas", "a DHS spokesperson"; null when the title says it all. */
  readonly role: string | null;
}

function person(name: string, title: string, role: string | null = null): Person {
  return { name, surname: name.split(' ').at(-1) ?? name, title, role };
}

/** Titles for the gazetteer's known people, most-quoted first. */
const PROMINENT: readonly Person[] = [
  person('Donald Trump', 'President '),
  person('Jeff Sessions', 'Attorney General '),
  person('Kristi Noem', 'Homeland Security Secretary '),
  person('Tom Homan', 'border czar '),
  person('Pam Bondi', 'Attorney General '),
  person('Todd Lyons', 'acting ICE director '),
  person('Stephen Miller', 'White House Deputy Chief of Staff '),
  person('Rodney Scott', 'CBP Commissioner '),
  person('Tricia McLaughlin', '', 'a DHS spokesperson'),
  person('Karoline Leavitt', 'White House Press Secretary '),
  person('Michael Banks', 'Border Patrol Chief '),
  person('Joe Biden', 'former President '),
  person('Alejandro Mayorkas', 'former Homeland Security Secretary '),
  person('Greg Abbott', 'Texas Gov. '),
  person('Marco Rubio', 'Secretary of State '),
  person('Mike Johnson', 'House Speaker '),
  person('Chuck Schumer', 'Senate Minority Leader '),
  person('James Boasberg', 'U.S. District Judge '),
  person('Kirstjen Nielsen', 'former Homeland Security Secretary '),
  person('Merrick Garland', 'former Attorney General '),
  person('JD Vance', 'Vice President '),
];

const PLACE_WORDS = new Set(PLACES.flatMap((p) => [p.name, ...p.aliases]).flatMap((n) => n.split(' ')));
const ORG_WORDS = new Set(ORGANIZATIONS.flatMap((o) => [o.name, ...o.aliases]).flatMap((n) => n.split(' ')));
const FAMOUS_SURNAMES = new Set(KNOWN_PEOPLE.map((p) => p.name.split(' ').at(-1)));
const usable = (word: string) =>
  word.length >= 3 && !PLACE_WORDS.has(word) && !ORG_WORDS.has(word) && !FAMOUS_SURNAMES.has(word);

const GIVEN: readonly string[] = [...FIRST_NAMES].filter(usable).sort();
const FAMILY: readonly string[] = SURNAMES.filter(usable);

/** How many distinct generated people there are; ranks beyond it wrap around. */
export const GENERATED_PEOPLE = GIVEN.length * FAMILY.length;

type RoleMaker = (name: string, pick: <T>(items: readonly T[]) => T) => Person;

const ROLES: readonly RoleMaker[] = [
  (name, pick) => {
    const [, ap] = pick(STATE_ABBREVIATIONS);
    return person(name, 'Sen. ', `${pick(['R', 'D'])}-${ap}`);
  },
  (name, pick) => {
    const [, ap] = pick(STATE_ABBREVIATIONS);
    return person(name, 'Rep. ', `${pick(['R', 'D'])}-${ap}`);
  },
  (name, pick) => person(name, `acting ${pick(SOURCE_AGENCIES).acronym ?? 'ICE'} director `),
  (name, pick) => person(name, '', `a spokesperson for ${pick(SOURCE_AGENCIES).acronym ?? 'CBP'}`),
  (name, pick) =>
    person(
      name,
      '',
      `former assistant U.S. attorney and ${pick(['acting ICE director', 'immigration judge', 'federal prosecutor'])}`,
    ),
  (name) => person(name, 'U.S. District Judge '),
  (name, pick) => person(name, '', `a senior fellow at ${introduceBody(pick(RESEARCH_BODIES))}`),
  (name, pick) => person(name, '', `an analyst at ${introduceBody(pick(RESEARCH_BODIES))}`),
  (name, pick) => person(name, `${pick(BORDER_CITIES)} Mayor `),
  (name, pick) => person(name, '', `chief of the Border Patrol’s ${pick(BORDER_CITIES)} Sector`),
  (name, pick) => person(name, '', `an immigration attorney in ${pick(BORDER_CITIES)}`),
];

function introduceBody(entry: OrganizationEntry): string {
  return introduce(entry).replace(/ \([A-Z]+\)$/, '');
}

/**
 * The person at a rank: the prominent head first, then generated people. Names walk the given-name ×
 * surname grid diagonally: every rank below GENERATED_PEOPLE gets its own pair, and neighbouring ranks
 * share neither name.
 */
export function personAt(rank: number): Person {
  const head = PROMINENT[rank];
  if (head) return head;
  const k = (rank - PROMINENT.length) % GENERATED_PEOPLE;
  const column = k % FAMILY.length;
  const given = GIVEN[(Math.floor(k / FAMILY.length) + column) % GIVEN.length] ?? 'Maria';
  const family = FAMILY[column] ?? 'Ortega';
  const random = mulberry32(mixSeed(0x5eed, rank));
  const role = random.pick(ROLES);
  return role(`${given} ${family}`, (items) => random.pick(items));
}

export const PROMINENT_PEOPLE = PROMINENT.length;
