/** Lower-cased, quote-unified, punctuation-free words: for comparing passages, never for offsets. */
export function normalizeWords(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[^a-z0-9'$%\- ]+/g, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^['-]+|['-]+$/g, ''))
    .filter(Boolean);
}

export function normalizePassage(s: string): string {
  return normalizeWords(s).join(' ');
}

const STOP = new Set(
  (
    'a an the of in on at to for from by with and or as is are was were be been has have had its their his her ' +
    'this that these those than then into over under about after before since during between per it he she they ' +
    'we i you not but also which who whom whose will would can could may might should do does did just'
  ).split(' '),
);

export function contentWords(s: string): string[] {
  return normalizeWords(s).filter((w) => !STOP.has(w));
}

/** Share of a's distinct words found in b. */
export function containment(a: readonly string[], b: readonly string[]): number {
  const sa = new Set(a);
  if (!sa.size) return 0;
  const sb = new Set(b);
  let n = 0;
  for (const w of sa) if (sb.has(w)) n++;
  return n / sa.size;
}
