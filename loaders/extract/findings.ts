import type { Extraction } from '../extraction.js';

/** What the extractors produce together; each fills its own fields. */
export type Findings = Pick<
  Extraction,
  'people' | 'organizations' | 'places' | 'policies' | 'statistics' | 'quotes' | 'claims'
>;
