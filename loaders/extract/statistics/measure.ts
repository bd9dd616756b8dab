import { isWord, wordsOf, type Word } from './words.js';

const BREAK = new Set(
  ('in on at to from since during by with as than that which who whom were was is are have has had be been being ' +
    'will would could can may might should and or but between after before over under into through per a an the ' +
    'this these those its their his her our because while when if so last compared up down each alone apiece ' +
    'year month week day since among across along against around about for within without out off nearly almost ' +
    'more less only just now still also already even ever').split(' '),
);
const PARTICIPLE_RE = /^(?:\p{L}+ed|sent|held|made|taken|brought|caught|kept|seen|given|found|shown|known|done|sworn|born|hired|charged|arrested|deported|removed|detained)$/u;
const SUBJECT_STOP = new Set(
  ('have has had is are was were will would could can rose fell dropped declined increased plummeted spiked jumped surged ' +
    'soared grew hovered reached topped exceeded accounted totaled totalled stood numbered doubled tripled climbed decreased ' +
    'often also now reportedly marked hit fell').split(' '),
);
const NUMBER_OF_RE =
  /\b(?:number|total|count|tally|roster|share|rate|percentage|level|numbers)\s+of\s+([\p{L}\p{N}\s’'-]+?)\s+(?:to|at|reached|hit|was|is|were|are|stood at|rose to|fell to|has|have|had|spiked|declined|jumped|increased|decreased|dropped|fell|rose|grew|climbed|surged|plummeted)\b/u;
const CONNECTOR_RE = /(?:\band|\bor|compared (?:to|with)|up from|down from|\bfrom|versus|vs\.|\bto|,)\s*(?:just|only|about|nearly|some)?\s*$/i;
const PEOPLE_NOUNS = new Set(['aliens', 'immigrants', 'individuals', 'migrants', 'people', 'persons', 'members', 'children', 'families', 'adults', 'minors', 'noncitizens', 'detainees', 'defendants', 'asylum-seekers', 'residents', 'workers', 'men', 'women', 'undocumented']);

/**
 * More words after a figure than its noun phrase can read (an "of", a determiner, six words, "of", six
 * more, a participle): reading only these keeps the work per figure constant, not the sentence's length.
 */
const WORDS_AFTER = 24;

export interface MeasureGuess {
  readonly measure: string;
  /** Head noun ("cases"), or null when the measure is borrowed or unknown. */
  readonly head: string | null;
  /** How it was found: the words after the figure are best; borrowing from a neighbour is weakest. */
  readonly how: 'after' | 'number-of' | 'subject' | 'inherit' | 'none';
}

/**
 * What a figure counts, in the article's words: the noun phrase after it ("illegal aliens"), with a verb
 * from around it ("charged", "filed"); else "the number of X …", else a neighbour's measure for "… and 277
 * in June", else the clause's subject ("Border Patrol apprehensions have plummeted by …").
 */
export function guessMeasure(
  sentence: string,
  figStart: number,
  figEnd: number,
  ofPhrase: boolean,
  inSentence: MeasureGuess | null,
  inParagraph: MeasureGuess | null,
): MeasureGuess {
  const after = wordsOf(sentence.slice(figEnd), WORDS_AFTER);
  const before = sentence.slice(0, figStart);
  // "$3.5 billion for detention": money is measured by what it is for.
  const money = /^\$/.test(sentence.slice(figStart).replace(/^[^$\d]*/, ''));
  const np = nounPhraseAfter(money && /^(?:for|to|in|on)$/i.test(after[0]?.w ?? '') ? after.slice(1) : after, ofPhrase);
  const previous = inSentence ?? inParagraph;
  if (np) {
    const verb = /\b(\p{L}+ed|made|sent|hired|caught|held|brought|took)\s+$/u.exec(before.replace(/(?:more than|over|nearly|almost|about|around|approximately|roughly|some|at least|up to|just|only|a total of|an estimated)\s+$/i, ''));
    const words = np.words.map((w) => w.w);
    if (verb?.[1] && !np.participle && !/^(?:reported|recorded|estimated|saw)$/.test(verb[1])) words.push(verb[1]);
    return { measure: words.join(' '), head: headOf(np.core), how: 'after' };
  }
  const numberOf = NUMBER_OF_RE.exec(before);
  if (numberOf?.[1]) {
    const phrase = numberOf[1].trim();
    return { measure: phrase, head: headOf(phrase.split(/\s+/)), how: 'number-of' };
  }
  // "… and 277 in June", "down 94% from …": the figure shares its neighbour's measure.
  if (previous && (CONNECTOR_RE.test(before) || (ofPhrase && inSentence))) return { ...previous, how: 'inherit' };
  const subject = subjectOf(before) ?? sentenceSubject(before);
  if (subject) return { measure: subject, head: headOf(subject.split(/\s+/)), how: 'subject' };
  if (previous) return { ...previous, how: 'inherit' };
  return { measure: '', head: null, how: 'none' };
}

function nounPhraseAfter(after: readonly Word[], ofPhrase: boolean): { words: Word[]; core: string[]; participle: boolean } | null {
  let i = 0;
  if (ofPhrase) {
    if (after[0]?.w.toLowerCase() !== 'of') return null;
    i = 1;
    if (/^(?:the|all|those|these|its|their)$/i.test(after[1]?.w ?? '')) i = 2;
  }
  const words: Word[] = [];
  while (i < after.length && words.length < 6) {
    const w = after[i];
    if (!isWord(w) || BREAK.has(w.w.toLowerCase()) || /^\d/.test(w.w)) break;
    // "cases filed": a participle after a plural noun closes the phrase.
    if (words.length && PARTICIPLE_RE.test(w.w) && /s$/.test(words[words.length - 1]?.w ?? '')) break;
    words.push(w);
    i++;
  }
  if (!words.length) return null;
  const core = words.map((w) => w.w);
  if (after[i]?.w.toLowerCase() === 'of' && isWord(after[i + 1])) {
    words.push(after[i] as Word);
    i++;
    let n = 0;
    while (i < after.length && n < 6) {
      const w = after[i];
      if (!isWord(w)) break;
      const low = w.w.toLowerCase();
      const prevCap = /^\p{Lu}/u.test(words[words.length - 1]?.w ?? '');
      if (BREAK.has(low) && !(low === 'and' && prevCap && /^\p{Lu}/u.test(after[i + 1]?.w ?? ''))) break;
      words.push(w);
      i++;
      n++;
    }
  }
  let participle = false;
  const next = after[i];
  if (isWord(next) && PARTICIPLE_RE.test(next.w) && !BREAK.has(next.w.toLowerCase())) {
    words.push(next);
    participle = true;
  }
  return { words, core, participle };
}

function subjectOf(before: string): string | null {
  const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('—'), before.lastIndexOf(':'));
  const clause = before.slice(clauseStart + 1).replace(/^\s*(?:when|while|as|because|and|but|that|which|where|with|after|before|since|although|though)\s+/i, '');
  const ws = wordsOf(clause);
  const out: string[] = [];
  for (const w of ws) {
    const low = w.w.toLowerCase();
    if (SUBJECT_STOP.has(low) || /^\d/.test(w.w)) break;
    if (!out.length && /^(?:the|a|an|this|that|these|those|in|on|at|by|to)$/i.test(low)) continue;
    out.push(w.w);
    if (out.length >= 8) break;
  }
  const phrase = out.join(' ').replace(/\s+([’'])\s*s\b/g, '$1s').replace(/\s+([,)])/g, '$1').replace(/\(\s+/g, '(').trim();
  if (!phrase || /^(?:it|they|that|this|there|he|she|which|who)$/i.test(phrase) || /^(?:up|down|at|by)\b/i.test(phrase)) return null;
  return phrase;
}

function headOf(core: readonly string[]): string | null {
  const cut = core.findIndex((w, i) => i > 0 && /^(?:of|by|for|in|at|along|from|with|to|\()$/i.test(w));
  const head = (cut > 0 ? core.slice(0, cut) : core).filter((w) => /\p{L}/u.test(w)).pop();
  if (!head) return null;
  const low = head.toLowerCase().replace(/[’']s$/, '');
  return PEOPLE_NOUNS.has(low) ? 'people' : low;
}

/** The words opening the sentence up to its first comma or verb ("The Office of Refugee Resettlement"). */
function sentenceSubject(before: string): string | null {
  const comma = before.indexOf(',');
  return comma > 0 ? subjectOf(before.slice(0, comma)) : null;
}
