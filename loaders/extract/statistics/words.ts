export interface Word {
  readonly w: string;
  readonly start: number;
  readonly end: number;
}

const WORD_RE = /[\p{L}\p{N}$][\p{L}\p{N}'’.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]|[^\s\p{L}\p{N}]/gu;

/** Words and single punctuation marks of a short passage, offsets relative to it; at most `limit` of them. */
export function wordsOf(s: string, limit = Infinity): Word[] {
  const out: Word[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(s); m && out.length < limit; m = WORD_RE.exec(s))
    out.push({ w: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

export const isWord = (w: Word | undefined): w is Word => !!w && /^[\p{L}\p{N}$]/u.test(w.w);
