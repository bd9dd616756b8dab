/**
 * Page furniture the cleaner must recognise and keep out of the graph: a photo caption with its credit,
 * a newsletter prompt, a "Recent Stories" list of other headlines.
 */
import { NEWSROOMS, WIRE_AGENCIES } from './agencies.js';
import { writtenDate, type ArticleDate } from './calendar.js';
import type { Person } from './people.js';
import { BORDER_CITIES } from './places.js';
import type { Random } from './random.js';

/** "Attorney General Jeff Sessions speaks … February 9, 2017. (Tom Williams/CQ Roll Call)". */
export function photoCaption(
  random: Random,
  subject: Person,
  photographer: string,
  date: ArticleDate,
  outlet: string,
): string {
  const credit = random.chance(0.5) ? random.pick(WIRE_AGENCIES).name : outlet;
  const who = `${subject.title}${subject.name}`;
  const scene = random.pick([
    `${who} speaks during a news conference in ${random.pick(BORDER_CITIES)}, ${writtenDate(date)}.`,
    `${who} is pictured during a tour of the border near ${random.pick(BORDER_CITIES)}, ${writtenDate(date)}.`,
    `Asylum seekers wait as Border Patrol agents take them into custody near ${random.pick(BORDER_CITIES)}.`,
  ]);
  return random.chance(0.5) ? `${scene} (${photographer}/${credit})` : `${scene} ${photographer}/${credit}`;
}

export function newsletterPrompt(random: Random, outlet: string): string {
  return random.pick([
    `Let our journalists help you make sense of the noise: Subscribe to the ${outlet} Daily newsletter and get a recap of news that matters.`,
    `Sign up for the ${outlet} newsletter to get the day’s top immigration stories delivered to your inbox.`,
  ]);
}

const RECENT: readonly string[] = [
  'Federal court dismisses challenge to detention contract',
  'Photos of the week ending {date}',
  'House Democrats test committee norms',
  'Hillraisers and Spam dunks — Congressional Hits and Misses',
  'Senate panel advances border funding bill',
  'Governors push back on National Guard deployments',
  'Appeals court weighs asylum rule',
  'What the new budget means for immigration courts',
  'Farmworkers brace for labor shortages',
  'Inside the fight over a shuttered shelter',
];

export function recentStories(random: Random, date: ArticleDate): string[] {
  const lines = random
    .shuffle(RECENT)
    .slice(0, random.int(3, 6))
    .map((line) => line.replace('{date}', writtenDate(date)));
  return ['Recent Stories', ...lines];
}

/** An outlet that signs this article's furniture. */
export function outletFor(random: Random): string {
  return random.pick(NEWSROOMS).name;
}
