import type { PersonItem } from '../../extraction.js';
import { FEMININE_GIVEN_NAMES, MASCULINE_GIVEN_NAMES } from '../../gazetteer/given-name-genders.js';

export type Gender = 'feminine' | 'masculine';

/**
 * What "he" or "she" may refer to: read from a courtesy title the article uses ("Ms. Ruiz") or, failing
 * that, from a given name that is nearly always one or the other. Null when neither tells.
 */
export function genderOf(person: Pick<PersonItem, 'name' | 'mentions'>): Gender | null {
  for (const m of person.mentions) {
    if (/^(?:Ms|Mrs|Miss|Madam)\.?\s/.test(m)) return 'feminine';
    if (/^Mr\.?\s/.test(m)) return 'masculine';
  }
  const given = person.name.split(' ')[0] ?? '';
  if (FEMININE_GIVEN_NAMES.has(given)) return 'feminine';
  if (MASCULINE_GIVEN_NAMES.has(given)) return 'masculine';
  return null;
}

/** True unless the pronoun's gender and the person's are both known and differ. */
export function agreesInGender(pronoun: string, gender: Gender | null): boolean {
  const p = pronoun.toLowerCase();
  if (!gender || (p !== 'he' && p !== 'she')) return true;
  return (p === 'she') === (gender === 'feminine');
}
