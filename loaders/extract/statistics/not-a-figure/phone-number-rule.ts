import type { NotAFigureRule } from '../not-a-figure-rule.js';

const PHONE_RE = /^(?:\+?1[-.\s]?)?\(?\d{3}\)?[-.\s]?\d{3}[-.]\d{4}$/;

/** "(555) 123-4567", "555-123-4567", "1-800-555-0199": any group of a phone number. */
export const phoneNumberRule: NotAFigureRule = {
  name: 'phone-number',
  matches({ raw, before, after, marked }) {
    if (marked || raw.includes(',') || raw.length > 4) return false;
    // Most numbers touch no dash, dot or bracket: answered without building the run.
    if (!/[-.)(]\s?$|\) $/.test(before) && !/^[-.)]/.test(after) && !/^\s\d{3}[-.]\d/.test(after)) return false;
    const lead = /[\d()+\-. ]*$/.exec(before)?.[0] ?? '';
    const tail = /^[\d()\-.]*(?:\s\d{3}[-.]\d{4})?/.exec(after)?.[0] ?? '';
    const run = `${lead}${raw}${tail}`.trim().replace(/[.\s]+$/, '');
    return PHONE_RE.test(run);
  },
};
