/**
 * Who and what one article is about, drawn with Zipf ranks: the same few officials and agencies in most
 * articles, a long tail of people quoted once or twice.
 */
import type { OrganizationEntry } from '../../loaders/gazetteer/organization-entry.js';
import { KNOWN_POLICIES, type KnownPolicy } from '../../loaders/gazetteer/known-policies.js';
import type { PlaceEntry } from '../../loaders/gazetteer/places.js';
import { RANKED_AGENCIES, RESEARCH_BODIES, SOURCE_AGENCIES } from './agencies.js';
import { articleDate, type ArticleDate } from './calendar.js';
import { personAt, PROMINENT_PEOPLE, GENERATED_PEOPLE, type Person } from './people.js';
import { RANKED_PLACES } from './places.js';
import type { Random } from './random.js';
import { drawDistinct, zipf } from './zipf.js';

export interface Cast {
  readonly index: number;
  readonly date: ArticleDate;
  /** Officials first (they carry the enforcement lines), then critics. */
  readonly officials: readonly Person[];
  readonly critics: readonly Person[];
  readonly agencies: readonly OrganizationEntry[];
  /** The agency unnamed sources speak for. */
  readonly sourceAgency: OrganizationEntry;
  readonly research: OrganizationEntry;
  readonly places: readonly PlaceEntry[];
  readonly policy: KnownPolicy;
}

const PEOPLE_RANKS = zipf(PROMINENT_PEOPLE + GENERATED_PEOPLE, 1.05);
const AGENCY_RANKS = zipf(RANKED_AGENCIES.length, 1.1);
const PLACE_RANKS = zipf(RANKED_PLACES.length, 1.0);
const POLICY_RANKS = zipf(KNOWN_POLICIES.length, 0.9);

export function drawCast(random: Random, index: number): Cast {
  const surnames = new Set<string>();
  // Two people with one surname in one article would read as one person to the extractor, and to readers.
  const ranks = drawDistinct(PEOPLE_RANKS, random, random.int(3, 6), (rank) => {
    const surname = personAt(rank).surname;
    if (surnames.has(surname)) return false;
    surnames.add(surname);
    return true;
  });
  const people = ranks.map(personAt);
  const criticCount = Math.min(people.length - 1, random.int(1, 2));
  return {
    index,
    date: articleDate(random),
    officials: people.slice(0, people.length - criticCount),
    critics: people.slice(people.length - criticCount),
    agencies: drawDistinct(AGENCY_RANKS, random, random.int(2, 5))
      .map((rank) => RANKED_AGENCIES[rank])
      .filter((o): o is OrganizationEntry => !!o),
    sourceAgency: random.pick(SOURCE_AGENCIES),
    research: random.pick(RESEARCH_BODIES),
    places: drawDistinct(PLACE_RANKS, random, random.int(2, 4))
      .map((rank) => RANKED_PLACES[rank])
      .filter((p): p is PlaceEntry => !!p),
    policy: KNOWN_POLICIES[POLICY_RANKS.draw(random)] ?? { name: 'zero-tolerance policy', kind: 'policy', aliases: [] },
  };
}
