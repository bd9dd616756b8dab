/**
 * What officials, lawmakers, advocates and unnamed sources say, and the ways an article attributes it:
 * speaker after the quote, before it, or between its two halves; anonymous sources speak for an agency.
 */
import type { SpeakerForms } from './mentions.js';
import type { Random } from './random.js';

const ENFORCEMENT_LINES: readonly string[] = [
  'This is a new era',
  'The lawlessness and the catch and release practices of old are over',
  'They’re a great way to get a conviction and a great way to get a criminal off the street',
  'It’s not just about numbers — it’s about restoring the rule of law',
  'We are going to enforce the law, period',
  'Illegal entries into the United States are no longer a backdoor way to getting status',
  'They’re scared there are consequences now',
  'Everyone who is caught is charged and does time',
  'The border is more secure today than it has been in decades',
  'We will not apologize for enforcing the laws Congress wrote',
  'Sanctuary policies put dangerous criminals back on our streets',
  'Our officers are doing exactly what the American people asked them to do',
  'If you cross the border illegally, you will be prosecuted',
  'Every removal makes a community safer',
  'We need more detention beds and more immigration judges, and we need them now',
  'The message to the cartels is simple: the border is closed',
  'These are not first-time offenders; these are people who were removed and came back',
  'We are prioritizing the worst of the worst, but no one is exempt',
  'This is the full weight of the federal government behind the law',
  'The numbers speak for themselves',
];

const CRITIC_LINES: readonly string[] = [
  'This policy is tearing families apart',
  'Prosecutors are being pulled away from drug and fraud cases to chase border crossers',
  'The courts were already overwhelmed, and this makes it worse',
  'Fear is not an immigration policy',
  'Detention is expensive, cruel and unnecessary for most of these people',
  'The administration is measuring success by the wrong numbers',
  'Due process is not optional, even at the border',
  'These figures hide the human cost of the crackdown',
  'Communities along the border are paying the price for political theater',
  'Asylum seekers are being punished for following the law',
];

const PARTIAL_PHRASES: readonly string[] = [
  'whole of government',
  'invasion of illegal immigration',
  'the Trump effect',
  'suddenly less prevalent',
  'a humanitarian crisis',
  'catch and release',
  'the worst of the worst',
  'a national security emergency',
  'using all available investigative and prosecutorial tools',
  'a new high under any administration',
];

/** A quotation of one or two lines, recombined so talking points repeat without whole quotes always doing. */
export function quoteText(random: Random, critic: boolean): string {
  const lines = critic ? CRITIC_LINES : ENFORCEMENT_LINES;
  const first = random.pick(lines);
  if (random.chance(0.6)) return `${first}.`;
  let second = random.pick(lines);
  if (second === first) second = random.pick(lines);
  return `${first}. ${second}.`;
}

export function partialPhrase(random: Random): string {
  return random.pick(PARTIAL_PHRASES);
}

const VERBS: readonly string[] = [
  'said',
  'said',
  'said',
  'told reporters',
  'added',
  'explained',
  'stated',
  'argued',
  'noted',
];

/** `“quote,” speaker said.` with the closing punctuation moved inside the quotation marks. */
export function quoteThenSpeaker(random: Random, quote: string, speaker: SpeakerForms): string {
  const inner = quote.replace(/\.$/, ',');
  return random.chance(0.3)
    ? `“${inner}” said ${speaker.object}.`
    : `“${inner}” ${speaker.subject} ${random.pick(VERBS)}.`;
}

/** `Speaker said: “quote”` or `As Speaker put it: “quote”`. */
export function speakerThenQuote(random: Random, quote: string, speaker: string): string {
  return random.pick([
    `${speaker} said: “${quote}”`,
    `As ${speaker} summed it up: “${quote}”`,
    `${speaker} told reporters: “${quote}”`,
  ]);
}

/** `“First half,” Speaker said. “Second half.”` — only for two-line quotes. */
export function splitQuote(random: Random, quote: string, speaker: SpeakerForms): string {
  const [first, ...rest] = quote.split(/(?<=\.) /);
  if (rest.length === 0 || !first) return quoteThenSpeaker(random, quote, speaker);
  return `“${first.replace(/\.$/, ',')}” ${speaker.subject} ${random.pick(['said', 'added', 'said'])}. “${rest.join(' ')}”`;
}

/** An unnamed source for an agency: "an ICE source", "a senior CBP official", "a source at DHS". */
export function anonymousSource(random: Random, acronym: string): string {
  return random.pick([
    `${/^[AEFHILMNORSX]/.test(acronym) ? 'an' : 'a'} ${acronym} source`,
    `a senior ${acronym} official`,
    `a source at ${acronym}`,
    `${/^[AEFHILMNORSX]/.test(acronym) ? 'an' : 'a'} ${acronym} source`,
  ]);
}
