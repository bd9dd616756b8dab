import type { Extractor } from './extractor.js';
import { placesExtractor } from './places-extractor.js';
import { organizationsExtractor } from './organizations-extractor.js';
import { peopleExtractor } from './people-extractor.js';
import { policiesExtractor } from './policies-extractor.js';
import { statisticsExtractor } from './statistics-extractor.js';
import { quotesExtractor } from './quotes-extractor.js';

/**
 * Run in this order: places and organizations first (they keep people from being made of place and
 * agency names), people next, then the extractors that need a speaker or a source; quotes before figures, since a
 * figure inside a quotation is its speaker's.
 */
export const EXTRACTORS: readonly Extractor[] = Object.freeze([
  placesExtractor,
  organizationsExtractor,
  peopleExtractor,
  policiesExtractor,
  quotesExtractor,
  statisticsExtractor,
]);
