/**
 * Presidential terms, so that "during the Obama administration" or "in Trump's first term" can be told
 * apart from the present of an article written later. Dates are inaugurations (ISO); `end` is null for a
 * term still running.
 */
export interface AdministrationTerm {
  readonly surname: string;
  /** 1 for a first term, 2 for a second; "first term" and "second term" pick by it. */
  readonly term: number;
  readonly start: string;
  readonly end: string | null;
}

export const US_ADMINISTRATIONS: readonly AdministrationTerm[] = [
  { surname: 'Clinton', term: 1, start: '1993-01-20', end: '1997-01-20' },
  { surname: 'Clinton', term: 2, start: '1997-01-20', end: '2001-01-20' },
  { surname: 'Bush', term: 1, start: '2001-01-20', end: '2005-01-20' },
  { surname: 'Bush', term: 2, start: '2005-01-20', end: '2009-01-20' },
  { surname: 'Obama', term: 1, start: '2009-01-20', end: '2013-01-20' },
  { surname: 'Obama', term: 2, start: '2013-01-20', end: '2017-01-20' },
  { surname: 'Trump', term: 1, start: '2017-01-20', end: '2021-01-20' },
  { surname: 'Biden', term: 1, start: '2021-01-20', end: '2025-01-20' },
  { surname: 'Trump', term: 2, start: '2025-01-20', end: null },
];
