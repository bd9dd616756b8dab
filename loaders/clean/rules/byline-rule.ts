import { FIRST_NAMES } from '../../gazetteer/first-names.js';
import { whole, wordCount, type BoilerplateRule, type BoilerplateSpan } from '../boilerplate-rule.js';

const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?: (?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,3}`;
/** "By Ana Ruiz", "By Ana Ruiz and Lee Park | Border Report", "By: Ana Ruiz, Staff Writer". */
const BY_LINE_RE = new RegExp(String.raw`^By:?\s+${NAME}(?:(?:,|,? and|,? &)\s+${NAME})*(?:\s*[|,•·—–-].*)?$`, 'u');
/** "Ana Ruiz | May 4, 2024 | 3:21pm EDT": a name, then the date the page adds. */
const NAME_AND_DATE_RE = new RegExp(String.raw`^${NAME}\s*[|•·]\s*.*\d`, 'u');
const BARE_NAME_RE = new RegExp(String.raw`^${NAME}$`, 'u');
/**
 * Wire and newspaper sign-offs: "Reporting by Ana Ruiz; Editing by Lee Park", "Ana Ruiz contributed to
 * this report.", "Follow Ana Ruiz on X", "Contact Ana Ruiz at …".
 */
const SIGN_OFF_RES: readonly RegExp[] = [
  new RegExp(
    String.raw`^\(?(?:Additional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Pp]roduced)(?: and (?:reporting|writing|editing))? by ${NAME}`,
    'u',
  ),
  /\bcontributed (?:reporting )?(?:to )?(?:this|the) (?:report|story|article)\.?\)?$/i,
  new RegExp(String.raw`^(?:Follow|Contact|Reach|Email) ${NAME}\b`, 'u'),
];
const MAX_BYLINE_WORDS = 16;

/**
 * Bylines and sign-offs: who wrote the story is no one the story is about. A bare name on its own line
 * counts only above the first paragraph of prose and when it starts with a given name, so a subheading
 * does not.
 */
export const bylineRule: BoilerplateRule = {
  name: 'byline',
  find(ctx) {
    const out: BoilerplateSpan[] = [];
    const firstBody = ctx.paragraphs.find((q) => wordCount(q.text) > 30 && /[.!?"”]$/.test(q.text));
    for (const p of ctx.paragraphs) {
      if (p.index === ctx.titleParagraph || wordCount(p.text) > MAX_BYLINE_WORDS) continue;
      if (BY_LINE_RE.test(p.text) || NAME_AND_DATE_RE.test(p.text) || SIGN_OFF_RES.some((re) => re.test(p.text))) {
        out.push(whole(p, 'byline'));
      } else if (
        firstBody &&
        p.index < firstBody.index &&
        BARE_NAME_RE.test(p.text) &&
        FIRST_NAMES.has(p.text.split(' ')[0] ?? '')
      ) {
        out.push(whole(p, 'byline'));
      }
    }
    return out;
  },
};
