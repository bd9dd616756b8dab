/**
 * One generated article, from (seed, index) alone: no state shared between articles, so a benchmark can
 * stream article i without generating 0..i-1, and the same (seed, index) always gives the same bytes.
 */
import { drawCast } from './cast.js';
import { datelineText } from './calendar.js';
import { newsletterPrompt, outletFor, photoCaption, recentStories } from './furniture.js';
import { headline } from './headline.js';
import { Mentions } from './mentions.js';
import { closing, lead, MIDDLE, quoteNamed, signature, type Writer } from './paragraphs.js';
import { personAt } from './people.js';
import { mixSeed, mulberry32, type Random } from './random.js';

export interface GeneratedArticle {
  readonly index: number;
  readonly title: string;
  /** The whole file: the title on the first line, then the body. */
  readonly text: string;
}

export function generateArticle(seed: number, index: number): GeneratedArticle {
  const random = mulberry32(mixSeed(seed, index));
  const cast = drawCast(random, index);
  const names = new Mentions();
  const turns = { official: 0, critic: 0 };
  const writer: Writer = {
    random,
    cast,
    names,
    nextSpeaker(critic) {
      const pool = critic && cast.critics.length > 0 ? cast.critics : cast.officials;
      const at = critic ? turns.critic++ : turns.official++;
      return pool[at % pool.length] ?? personAt(0);
    },
  };

  const middle = random.shuffle(MIDDLE).slice(0, random.int(9, 15));
  // Every article has its own figure (so no two are alike) and at least one named speaker.
  middle.splice(random.int(0, middle.length), 0, signature);
  middle.splice(random.int(0, middle.length), 0, quoteNamed);
  const body = [lead, ...middle, ...(random.chance(0.5) ? [closing] : [])].map((build) => build(writer));

  const outlet = outletFor(random);
  const title = headline(random, cast);
  const top: string[] = [title];
  if (random.chance(0.3)) top.push(datelineText(cast.date, random));
  if (random.chance(0.4)) {
    const caption = photoCaption(random, cast.officials[0] ?? personAt(0), photographer(random), cast.date, outlet);
    // Some pages print the caption twice (image and lightbox), as in the sample.
    top.push(caption, ...(random.chance(0.3) ? [caption] : []));
  }
  if (random.chance(0.3)) body.splice(Math.min(2, body.length), 0, newsletterPrompt(random, outlet));
  const tail = random.chance(0.3) ? recentStories(random, cast.date) : [];
  const separator = random.chance(0.5) ? '\n' : '\n\n';
  return { index, title, text: [...top, ...body, ...tail].join(separator) };
}

/** Photographers come from the tail of the people pool: names the body never uses as sources. */
function photographer(random: Random): string {
  return personAt(random.int(1_000, 50_000)).name;
}
