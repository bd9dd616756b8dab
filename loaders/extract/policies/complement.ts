const MAX_CHARS = 160;
// A described policy's complement ends at clause punctuation or where a time, a reason or an
// attribution begins: "an order barring parole releases | last Thursday, saying …".
const HARD_STOP_RE = /[;:!?()[\]—–]|,(?!\d{3})|\s-\s/;
const STOP_WORDS = new Set([
  'when',
  'while',
  'which',
  'who',
  'whom',
  'whose',
  'after',
  'until',
  'because',
  'although',
  'though',
  'but',
  'as',
  'since',
  'within',
  'despite',
  'amid',
  'last',
  'yesterday',
  'today',
  'tomorrow',
  'said',
  'says',
  'according',
  'if',
  'unless',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'earlier',
  'later',
  'ago',
]);
// A finite verb ends the policy's noun phrase ("an order limiting transfers | took effect"), except in
// the policy's own clause after "that" ("a rule that would have barred …"). Besides auxiliaries: the
// past tenses news uses most to say what befell a policy ("… hit a roadblock").
const FINITE = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'should',
  'must',
  'did',
  'does',
  'took',
  'takes',
  'remains',
  'remained',
  'went',
  'goes',
  'hit',
  'faced',
  'drew',
  'sparked',
  'prompted',
  'angered',
  'triggered',
  'caused',
  'fell',
  'failed',
  'became',
  'came',
  'led',
  'met',
]);
const DANGLING = new Set([
  'and',
  'or',
  'within',
  'into',
  'over',
  'under',
  'about',
  'across',
  'against',
  'through',
  'during',
  'without',
  'upon',
  'the',
  'a',
  'an',
  'of',
  'to',
  'for',
  'in',
  'on',
  'at',
  'by',
  'with',
  'from',
  'its',
  'their',
  'his',
  'her',
  'that',
  'this',
  'be',
  'is',
  'are',
  'was',
  'were',
]);
const MONTH_RE =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/;
const QUOTE_MARKS_RE = /[“”"‘]|(?<!\p{L})’|’(?!\p{L})/gu;

export interface Complement {
  /** The words kept, quote marks dropped. */
  readonly text: string;
  /** Offset just past the last word kept. */
  readonly end: number;
}

/**
 * The words that say what a described policy does ("to restore orderly processing at the border",
 * "barring parole releases"), read from `from` up to `maxWords` words, stopping before a clause ends or a
 * date, reason or attribution begins, and without a dangling "and"/"the" at the end. Null when no word
 * is left.
 */
export function complementAt(text: string, from: number, limit: number, maxWords: number): Complement | null {
  const slice = text.slice(from, Math.min(limit, from + MAX_CHARS));
  const stop = HARD_STOP_RE.exec(slice);
  const clause = stop ? slice.slice(0, stop.index) : slice;
  const words: { word: string; end: number }[] = [];
  const wordRe = /\S+/g;
  for (let m = wordRe.exec(clause); m && words.length < maxWords; m = wordRe.exec(clause)) {
    const bare = m[0].replace(QUOTE_MARKS_RE, '');
    const lower = bare.toLowerCase().replace(/\.$/, '');
    const previous = words[words.length - 1]?.word.toLowerCase() ?? '';
    if (STOP_WORDS.has(lower) || (FINITE.has(lower) && previous !== 'that' && !FINITE.has(previous))) break;
    // "in April", "on May 11": a date, not what the policy does
    const next = clause.slice(wordRe.lastIndex).trimStart().split(/\s/, 1)[0]?.toLowerCase() ?? '';
    if (
      (lower === 'in' || lower === 'on' || lower === 'by') &&
      (MONTH_RE.test(next.replace(/\W/g, '')) || /^\d{4}\b/.test(next))
    )
      break;
    if (bare) words.push({ word: bare, end: from + m.index + m[0].length });
  }
  while (words.length && DANGLING.has(words[words.length - 1]!.word.toLowerCase())) words.pop();
  const last = words[words.length - 1];
  if (!last) return null;
  // A sentence's last word keeps the period of an abbreviation ("D.C.") and loses a full stop.
  const lastWord = /^(?:\p{L}\.){2,}$/u.test(last.word) ? last.word : last.word.replace(/\.$/, '');
  words[words.length - 1] = { word: lastWord, end: last.end - (last.word.length - lastWord.length) };
  return { text: words.map((w) => w.word).join(' '), end: words[words.length - 1]!.end };
}
