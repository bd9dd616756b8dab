/**
 * Body paragraphs in the style of the sample: a lead with a record figure, comparisons month on month,
 * quotes from officials and critics, unnamed agency sources, a policy and who announced it, background.
 * Each builder writes one paragraph; the article shuffles their order.
 */
import type { Cast } from './cast.js';
import { earlierMonth, MONTHS } from './calendar.js';
import {
  ACTIONS,
  countPhrase,
  formatCount,
  MEASURES,
  percentPhrase,
  rangePhrase,
  uniqueCount,
  vaguePhrase,
  valueOf,
  type Measure,
} from './figures.js';
import { capitalize, type Mentions } from './mentions.js';
import type { Person } from './people.js';
import { anonymousSource, partialPhrase, quoteText, quoteThenSpeaker, speakerThenQuote, splitQuote } from './quotes.js';
import type { Random } from './random.js';
import { CRIMINAL_GROUPS } from '../../loaders/gazetteer/criminal-groups.js';
import { ORIGIN_COUNTRIES } from './places.js';

export interface Writer {
  readonly random: Random;
  readonly cast: Cast;
  readonly names: Mentions;
  /** The next person to quote, officials and critics in turn, so everyone drawn is named. */
  nextSpeaker(critic: boolean): Person;
}

export type ParagraphBuilder = (w: Writer) => string;

const LEAD_MEASURES: readonly Measure[] = [...MEASURES.slice(0, 2), ...ACTIONS];
const measure = (w: Writer): Measure => w.random.pick(MEASURES);
const agency = (w: Writer, k = w.random.int(0, w.cast.agencies.length - 1)) =>
  w.names.org(w.cast.agencies[k] ?? w.cast.sourceAgency);
const place = (w: Writer) => w.random.pick(w.cast.places).name;
const month = (w: Writer) => earlierMonth(w.cast.date, w.random);

export const lead: ParagraphBuilder = (w) => {
  const m = w.random.pick(LEAD_MEASURES);
  const first = w.random.pick([
    `According to a new report, ${agency(w, 0)} recorded ${countPhrase(m, w.random)} in ${month(w)}, a new high under any administration.`,
    `${capitalize(agency(w, 0))} has set a new record of ${countPhrase(m, w.random)} in ${month(w)}, as the administration presses its enforcement campaign.`,
    `The administration has shattered previous records, with ${agency(w, 0)} reporting ${countPhrase(m, w.random)} in ${month(w)} alone.`,
  ]);
  const second = w.random.pick([
    `The surge is part of a broader “whole of government” approach involving ${agency(w, 1 % w.cast.agencies.length)} and ${w.names.org(w.cast.sourceAgency)}.`,
    `Officials say the crackdown is delivering results and deterring further unlawful entry.`,
    `In addition, prosecutors filed ${countPhrase(MEASURES[1] ?? m, w.random)} in ${month(w)}.`,
  ]);
  return `${first} ${second}`;
};

const comparison: ParagraphBuilder = (w) => {
  const m = measure(w);
  const [a, b, c] = [valueOf(m, w.random), valueOf(m, w.random), valueOf(m, w.random)];
  return (
    `In ${month(w)}, ${agency(w)} reported ${formatCount(a)} ${m.words} in ${place(w)}, according to ${w.names.org(w.cast.research)}. ` +
    `That was up from ${formatCount(b)} in ${earlierMonth(w.cast.date, w.random, 4)} and ${formatCount(c)} in ${earlierMonth(w.cast.date, w.random, 6)}.`
  );
};

const decline: ParagraphBuilder = (w) => {
  const acronym = w.cast.sourceAgency.acronym ?? 'ICE';
  return (
    `Border Patrol apprehensions have plummeted by ${percentPhrase(w.random)} since earlier peaks, and internal ${acronym} reports estimate ` +
    `${vaguePhrase(w.random)} migrants have chosen to self-deport rather than risk arrest.`
  );
};

const policy: ParagraphBuilder = (w) => {
  const official = w.nextSpeaker(false);
  return (
    `The increase accelerated after ${w.names.subject(official)} announced the ${w.cast.policy.name} in ${month(w)}, which sought to prosecute all illegal border crossers. ` +
    `The change drew criticism from ${w.names.org(w.cast.research)} and from lawmakers in ${place(w)}.`
  );
};

/** An official on the record, speaker after the quote. */
export const quoteNamed: ParagraphBuilder = (w) =>
  quoteThenSpeaker(w.random, quoteText(w.random, false), w.names.forms(w.nextSpeaker(false)));

const quoteAfter: ParagraphBuilder = (w) => {
  const critic = w.random.chance(0.3);
  const speaker = w.nextSpeaker(critic);
  const text = quoteText(w.random, critic);
  return quoteThenSpeaker(w.random, text, w.names.forms(speaker));
};

const quoteBefore: ParagraphBuilder = (w) => {
  const critic = w.random.chance(0.3);
  return speakerThenQuote(w.random, quoteText(w.random, critic), w.names.subject(w.nextSpeaker(critic)));
};

const quoteSplit: ParagraphBuilder = (w) => {
  const critic = w.random.chance(0.3);
  let text = quoteText(w.random, critic);
  if (!text.includes('. ')) text = `${text} ${quoteText(w.random, critic)}`;
  return splitQuote(w.random, text, w.names.forms(w.nextSpeaker(critic)));
};

const anonymous: ParagraphBuilder = (w) => {
  const acronym = w.cast.sourceAgency.acronym ?? 'ICE';
  const m = w.random.pick(ACTIONS);
  return (
    `According to ${anonymousSource(w.random, acronym)}, officials have carried out “north of” ${formatCount(valueOf(m, w.random))} ${m.words} since ${month(w)}. ` +
    `“${quoteText(w.random, false).replace(/\.$/, '!')}” ${anonymousSource(w.random, acronym)} ${w.random.pick(['stated', 'explained', 'said'])}.`
  );
};

const partial: ParagraphBuilder = (w) =>
  w.random.chance(0.5)
    ? `In a statement, ${agency(w)} emphasized its commitment to “${partialPhrase(w.random)}” to push back against what it described as a crisis at the border.`
    : `${w.names.subject(w.nextSpeaker(false))} called the effort “${partialPhrase(w.random)}” in remarks on ${MONTHS[w.cast.date.month]} ${w.cast.date.day}.`;

const range: ParagraphBuilder = (w) =>
  `${w.names.subject(w.nextSpeaker(false))} has said repeatedly that the administration would seek to deport ${rangePhrase(w.random)} undocumented immigrants with criminal records.`;

const backlog: ParagraphBuilder = (w) =>
  `There are more than ${formatCount(valueOf(MEASURES[10] ?? measure(w), w.random))} cases in the immigration court backlog, according to ${w.names.org(w.cast.research)}. ` +
  `${capitalize(agency(w))} swore in ${w.random.int(8, 40)} new judges in ${month(w)}, bringing the total to ${countPhrase(MEASURES[9] ?? measure(w), w.random)}.`;

const hotSpot: ParagraphBuilder = (w) => {
  const m = measure(w);
  return (
    `${place(w)} has emerged as a hot spot, with ${formatCount(valueOf(m, w.random))} ${m.words} in ${earlierMonth(w.cast.date, w.random, 1)} and ` +
    `${formatCount(valueOf(m, w.random))} in ${earlierMonth(w.cast.date, w.random, 0)}. That is a dramatic increase from the monthly averages seen just months prior.`
  );
};

const claim: ParagraphBuilder = (w) =>
  `${w.names.subject(w.nextSpeaker(false))} also said that ${w.random.int(12, 125)} immigration judges have been sent to detention centers on the border.`;

const deported: ParagraphBuilder = (w) =>
  `Despite a federal judge blocking the use of the ${w.cast.policy.name} earlier this month, ${w.random.int(12, 260)} alleged members of ` +
  `${w.random.pick(CRIMINAL_GROUPS).name} were sent to ${w.random.pick(ORIGIN_COUNTRIES)} on ${w.random.pick(['Sunday', 'Saturday', 'Friday'])} night.`;

const capacity: ParagraphBuilder = (w) => {
  const org = w.cast.sourceAgency;
  return (
    `${capitalize(w.names.org(org))} has since reached full capacity in its detention facilities and is urging Congress to fund additional beds. ` +
    `Within the first ${w.random.int(30, 120)} days, ${w.names.org(org)} had already made ${countPhrase(ACTIONS[1] ?? measure(w), w.random)}.`
  );
};

/** The figure that makes this article unlike any other of the run. */
export const signature: ParagraphBuilder = (w) => {
  const m = w.random.pick(ACTIONS);
  return `In ${place(w)}, agents logged ${formatCount(uniqueCount(w.cast.index))} ${m.words} in fiscal ${w.cast.date.year}, according to ${w.names.org(w.cast.sourceAgency)}.`;
};

const BACKGROUND: readonly string[] = [
  'Illegal reentry charges are relatively straightforward to prove in court.',
  'Prosecutors only need to show that the defendant was previously deported and then reentered the country without authorization.',
  'Convictions are common and often followed by fast-track deportation.',
  'The pattern reflects the administration’s intensified operations along key border corridors.',
  'The prosecutions are just one prong of a multi-layered enforcement strategy.',
  'The administration’s messaging has remained clear: illegal immigration will not be tolerated.',
  'Critics say the strategy diverts resources from other federal crimes.',
  'The majority of recent illegal crossings have occurred in a handful of border sectors.',
  'Detention facilities have reached full capacity in several regions.',
  'Court dockets have grown faster than the number of judges hired to clear them.',
];

const background: ParagraphBuilder = (w) => w.random.shuffle(BACKGROUND).slice(0, w.random.int(1, 3)).join(' ');

/** Middle paragraphs: each article takes a random subset in random order. */
export const MIDDLE: readonly ParagraphBuilder[] = [
  comparison,
  decline,
  policy,
  quoteAfter,
  quoteBefore,
  quoteSplit,
  anonymous,
  partial,
  range,
  backlog,
  hotSpot,
  claim,
  background,
  background,
  quoteAfter,
  deported,
  capacity,
];

/** A closing quote, as in "As Fahey summed it up: “…”". */
export const closing: ParagraphBuilder = (w) =>
  speakerThenQuote(w.random, quoteText(w.random, false), w.names.subject(w.nextSpeaker(false)));
