/**
 * Organizations drawn from the extractor's own gazetteer (never a copy of it), ranked so that the bodies
 * immigration reporting names all the time come first, and written the way articles write them.
 */
import type { OrganizationEntry } from '../../loaders/gazetteer/organization-entry.js';
import { ORGANIZATIONS, organizationByName } from '../../loaders/gazetteer/organizations.js';

const PROMINENT = [
  'U.S. Immigration and Customs Enforcement',
  'U.S. Department of Homeland Security',
  'U.S. Department of Justice',
  'U.S. Customs and Border Protection',
  'U.S. Border Patrol',
  'White House',
  'U.S. Citizenship and Immigration Services',
  'Transactional Records Access Clearinghouse',
  'Executive Office for Immigration Review',
  'U.S. Congress',
  'U.S. Department of Health and Human Services',
  'Migration Policy Institute',
  'Federal Bureau of Investigation',
  'American Civil Liberties Union',
  'U.S. Supreme Court',
  'Office of Refugee Resettlement',
  'Pew Research Center',
  'Center for Immigration Studies',
  'U.S. Department of Labor',
  'National Guard',
];

/** Bodies that do not take "the" before their name. */
const NO_ARTICLE =
  /^(?:Immigration|Customs|Congress|Homeland Security Investigations|Enforcement|Citizenship|Syracuse|Cato|Harvard|Georgetown|Cornell|RAICES|UnidosUS|NumbersUSA|Kids|Human Rights|Amnesty|Al Otro|CoreCivic|GEO|Pew|Texas Department|Enforcement)/;

const REPORTING_KINDS = new Set(['agency', 'court', 'legislature', 'research', 'advocacy', 'government', 'university']);

export const RANKED_AGENCIES: readonly OrganizationEntry[] = [
  ...PROMINENT.map((name) => organizationByName(name)).filter((o): o is OrganizationEntry => o !== undefined),
  ...ORGANIZATIONS.filter((o) => !PROMINENT.includes(o.name) && REPORTING_KINDS.has(o.kind)),
];

/** Agencies with acronyms short enough for "an ICE source" or "acting CBP director". */
export const SOURCE_AGENCIES: readonly OrganizationEntry[] = [
  'ICE',
  'DHS',
  'CBP',
  'DOJ',
  'USCIS',
  'FBI',
  'HHS',
  'EOIR',
].flatMap((acronym) => ORGANIZATIONS.filter((o) => o.acronym === acronym));

export const RESEARCH_BODIES: readonly OrganizationEntry[] = ORGANIZATIONS.filter(
  (o) => o.kind === 'research' || o.kind === 'advocacy',
);

export const WIRE_AGENCIES: readonly OrganizationEntry[] = ORGANIZATIONS.filter(
  (o) => o.kind === 'media' && o.wire === true,
);

/** Newsrooms that sign their own photos and newsletters. */
export const NEWSROOMS: readonly OrganizationEntry[] = ORGANIZATIONS.filter(
  (o) => o.kind === 'media' && o.wire !== true && !o.name.startsWith('The '),
);

function bare(entry: OrganizationEntry): string {
  return entry.name.replace(/^U\.S\. /, '');
}

/** The first mention: "the Department of Homeland Security (DHS)". */
export function introduce(entry: OrganizationEntry): string {
  const name = bare(entry);
  const article = NO_ARTICLE.test(name) ? '' : 'the ';
  return entry.acronym ? `${article}${name} (${entry.acronym})` : `${article}${name}`;
}

/** Later mentions: the acronym, or a familiar short alias ("the Justice Department"). */
export function shortName(entry: OrganizationEntry): string {
  if (entry.acronym) return entry.acronym;
  const alias = entry.aliases.find((a) => a.split(' ').length <= 3 && !/^the /i.test(a) && a !== 'House');
  const name = alias ?? bare(entry);
  return NO_ARTICLE.test(name) || /^[A-Z]{2,}$/.test(name) ? name : `the ${name}`;
}
