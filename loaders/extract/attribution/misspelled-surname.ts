import type { PersonItem } from '../../extraction.js';

/** Shorter surnames are too alike to tell a typo from another name. */
const MIN_LENGTH = 5;

/**
 * "“…,” Meligun tweeted" in a story about Bill Melugin: a capitalised word that is no name found, one
 * typing slip away from the surname of exactly one person the article names.
 */
export function personBySurnameTypo(people: readonly PersonItem[], word: string): PersonItem | null {
  if (word.length < MIN_LENGTH || !/^\p{Lu}\p{Ll}+$/u.test(word)) return null;
  const close = people.filter((p) => {
    const surname = p.name.split(' ').pop() ?? '';
    return surname !== word && surname.length >= MIN_LENGTH && withinOneEdit(surname.toLowerCase(), word.toLowerCase());
  });
  return close.length === 1 ? close[0]! : null;
}

/** A letter changed, added or dropped, two neighbours swapped, or two vowels traded. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  const restA = a.slice(i);
  const restB = b.slice(i);
  if (restA.slice(1) === restB.slice(1) || restA.slice(1) === restB || restA === restB.slice(1)) return true;
  if (restA.length >= 2 && restA[0] === restB[1] && restA[1] === restB[0] && restA.slice(2) === restB.slice(2))
    return true;
  return vowelsSwapped(a, b);
}

/** "Melugin" / "Meligun": the same consonants in the same places, two vowels traded. */
function vowelsSwapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const differ = [...a].flatMap((c, k) => (c === b[k] ? [] : [k]));
  if (differ.length !== 2) return false;
  const [x, y] = differ as [number, number];
  return /[aeiou]/.test(a[x]!) && /[aeiou]/.test(a[y]!) && a[x] === b[y] && a[y] === b[x];
}
