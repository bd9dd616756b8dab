import type { Extractor } from './extractor.js';
import { createPeopleExtractor, peopleExtractor } from './people-extractor.js';

/**
 * The same extractors with a people extractor that knows no public figures, to measure what the text
 * alone yields: a list of names must not be what makes the scores (`extract --no-known-people`).
 */
export function withoutKnownPeople(extractors: readonly Extractor[]): readonly Extractor[] {
  const textOnly = createPeopleExtractor([]);
  return Object.freeze(extractors.map((x) => (x === peopleExtractor ? textOnly : x)));
}
