/**
 * Words that end in a period without ending a sentence. Kept apart from the splitter because the
 * tokenizer needs them too (a period that belongs to "Sen." is part of the word).
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Sen', 'Sens', 'Rep', 'Reps', 'Gov', 'Govs', 'Lt', 'Gen', 'Col', 'Sgt', 'Capt',
  'Adm', 'Cmdr', 'Maj', 'Cpl', 'Pvt', 'Rev', 'Hon', 'Jr', 'Sr', 'St', 'Ft', 'Mt', 'No', 'Nos', 'vs', 'etc', 'Inc',
  'Co', 'Corp', 'Ltd', 'Dept', 'Gov', 'Atty', 'Asst', 'Supt', 'Det', 'Insp', 'approx', 'est', 'Jan', 'Feb', 'Mar',
  'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn',
  'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Ky', 'La', 'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb',
  'Nev', 'Okla', 'Ore', 'Pa', 'Tenn', 'Tex', 'Va', 'Vt', 'Wash', 'Wis', 'Wyo', 'a.m', 'p.m', 'U.S', 'U.N', 'D.C',
  'U.K', 'E.U', 'L.A', 'N.Y', 'N.J', 'N.M', 'N.C', 'S.C', 'N.D', 'S.D', 'R.I', 'W.Va', 'e.g', 'i.e',
]);

/** "J." in "Michael J. Fox": a single capital letter before a period is an initial, not a sentence end. */
export function isInitial(word: string): boolean {
  return /^[A-Z]$/.test(word);
}
