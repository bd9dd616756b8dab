import type { NotAFigureRule } from '../not-a-figure-rule.js';

const STREET_AFTER =
  /^\s+(?:[NSEW]\.?\s+|(?:North|South|East|West)\s+)?(?:\p{Lu}[\p{L}'’.]*\s+|\d+(?:st|nd|rd|th)\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Place|Pl|Court|Ct|Parkway|Pkwy|Highway|Hwy|Circle|Terrace|Plaza|Square)\b/u;

/** "1234 Main Street", "500 N. Elm St.", "10 Downing Street": the number of a building on a street. */
export const streetNumberRule: NotAFigureRule = {
  name: 'street-number',
  matches({ raw, after, marked }) {
    return !marked && !raw.includes(',') && STREET_AFTER.test(after);
  },
};
