import type { ArticleContext } from '../article-context.js';
import { possessed, resolvePronoun, type SpeakerMention } from '../attribution/speaker-mentions.js';
import { lowerBound } from '../../text/lower-bound.js';
import type { Sentence } from '../../text/sentences.js';
import type { PolicyHit } from './policy-rule.js';

// "signed by X"; "by X" right after a policy ("a memo by the department", "sent to Los Angeles by the Pentagon")
const BY_RE =
  /^(?:[^.;]{0,12}?\b(?:signed|issued|announced|unveiled|ordered|imposed|implemented|introduced|enacted|released|put in place|granted|launched|adopted|created|established))?\s+by\s+/i;
const POSSESSOR_RE =
  /['’]s?\s+(?:(?:announcement|adoption|introduction|rollout|implementation|signing|expansion|broader|new|latest|controversial|sweeping|hardline|signature|so-called|own|revised)\s+(?:of\s+)?(?:a|an|the|its|his|her)?\s*)*(?:[“"])?$/;
const PRONOUN_POSSESSOR_RE = /\b(?:his|her)\s+(?:(?:own|new|latest|first|second|signature)\s+)*$/i;
// Issuing is making a policy. Invoking, using or enforcing one (a 1798 law "invoked" in 2025) is not:
// whoever invokes an existing law did not issue it.
const ISSUING_VERB_RE =
  /^(?:\s+(?:also|has|had|have|then|quickly|recently|formally|later|previously|repeatedly|reportedly|publicly))*\s+(?:signed|issued|announced|unveiled|implemented|imposed|ordered|launched|enacted|introduced|instituted|adopted|rolled out|proposed|declared|created|established|granted|reached|struck|began|started)\b/i;
// "… and launched a nationwide deportation campaign": the issuing verb whose object the policy is
const GOVERNING_VERB_RE =
  /\b(?:signed|issued|announced|unveiled|implemented|imposed|ordered|launched|enacted|introduced|instituted|adopted|rolled out|proposed|declared|created|established|granted|reached|struck|began|started)\s+(?:(?:a|an|the|its|his|her|their|new|two|several)\s+)*(?:[\p{L}-]+\s+){0,2}$/iu;
const SUBJECT_GAP_RE =
  /^(?:,[^,]{0,60},)?(?:\s+(?:also|has|had|have|then|quickly|recently|formally|later|previously|repeatedly|reportedly|publicly|already|once|would|will|had since))*(?:\s+from)?\s+$/i;

/**
 * Who issued a policy: "signed by X", "X's new policy", "X signed/issued/launched …", or the subject of
 * a clause-led construction ("X pledged to …", "X sent troops …"). An anonymous source issues nothing.
 */
export function issuerOf(
  ctx: ArticleContext,
  s: Sentence,
  hit: PolicyHit,
  speakers: readonly SpeakerMention[],
): SpeakerMention | null {
  const after = ctx.text.slice(hit.end, Math.min(s.end, hit.end + 80));
  const by = BY_RE.exec(after);
  if (by) {
    const at = hit.end + by[0].length;
    // "by the department", "by former Mayor Ana Ruiz": a title may stand between "by" and the name
    const sp = speakers[lowerBound(speakers, at)];
    if (sp && sp.start < at + 40 && !/[,;:.(]\s/.test(ctx.text.slice(at, sp.start)))
      return possessed(ctx.text, speakers, sp);
  }
  const before = ctx.text.slice(Math.max(s.start, hit.start - 70), hit.start);
  const poss = POSSESSOR_RE.exec(before);
  if (poss) {
    const end = hit.start - before.length + poss.index;
    const sp = speakers.filter((x) => x.end === end).pop();
    if (sp && sp.kind !== 'anonymous_source') return sp;
  }
  // "his campaign promise", "her second order": the last person named in the paragraph
  if (PRONOUN_POSSESSOR_RE.test(before)) {
    const floor = ctx.paragraphs[s.paragraph]?.start ?? s.start;
    const owner = resolvePronoun('he', hit.start, speakers, floor);
    const sp = owner && speakers.find((x) => x.name === owner.speaker && x.kind === 'person');
    if (sp) return sp;
  }
  if (hit.verbAt !== undefined) {
    // the nearest name before the verb is its subject: "Immergut ruled after Hegseth sent troops …"
    const i = lowerBound(speakers, hit.verbAt) - 1;
    const sp = speakers[i];
    if (
      sp &&
      sp.start >= s.start &&
      sp.kind !== 'anonymous_source' &&
      SUBJECT_GAP_RE.test(ctx.text.slice(sp.end, hit.verbAt))
    )
      return sp;
  }
  for (let i = lowerBound(speakers, s.start); i < speakers.length; i++) {
    const sp = speakers[i]!;
    if (sp.end > hit.start) break;
    if (sp.kind === 'anonymous_source') continue;
    const verb = ISSUING_VERB_RE.exec(ctx.text.slice(sp.end, hit.start));
    if (verb && governs(ctx.text.slice(sp.end + verb[0].length, hit.start))) return sp;
  }
  if (GOVERNING_VERB_RE.test(before)) return sentenceSubject(ctx, s, speakers);
  // "new Justice Department directives", "a DHS memo": the body named in the instrument's own words
  const own = speakers[lowerBound(speakers, hit.start)];
  return own && own.end <= (hit.coreEnd ?? hit.end) && hit.coreEnd !== undefined && own.kind === 'organization'
    ? own
    : null;
}

/**
 * The verb takes the policy as its object: a few words between, no new clause ("announced that the
 * county would end its 287(g) agreement" is not announcing the agreement).
 */
function governs(between: string): boolean {
  return (
    between.split(/\s+/).filter(Boolean).length <= 5 && !/\b(?:that|would|will|to|which|who|whether)\b/i.test(between)
  );
}

/**
 * Who a sentence is about when an issuing verb comes late in it ("Trump, who campaigned on it, declared
 * …, and launched …"): a name at its start, or "He"/"She" there for the last person named before.
 */
function sentenceSubject(ctx: ArticleContext, s: Sentence, speakers: readonly SpeakerMention[]): SpeakerMention | null {
  const first = speakers[lowerBound(speakers, s.start)];
  if (
    first &&
    first.start < s.start + 40 &&
    first.kind !== 'anonymous_source' &&
    !/[,;:]/.test(ctx.text.slice(s.start, first.start))
  )
    return first;
  if (!/^\s*(?:He|She)\b/.test(s.text)) return null;
  const floor = ctx.paragraphs[s.paragraph]?.start ?? s.start;
  const owner = resolvePronoun('he', s.start, speakers, floor);
  return (owner && speakers.find((x) => x.name === owner.speaker && x.kind === 'person')) ?? null;
}
