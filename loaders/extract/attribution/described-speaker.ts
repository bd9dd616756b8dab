import type { OrganizationKind, PersonItem } from '../../extraction.js';
import { toAttribution, type Attribution, type SpeakerMention } from './speaker-mentions.js';
import type { AttributionScope } from './attribution-rule.js';
import { AGENCIES_BY_FIELD } from './officials-by-domain.js';
import { lowerBound } from '../../text/lower-bound.js';
import { leadDocumentSource } from './lead-document.js';
import { insideOtherQuote } from './quote-spans.js';

/** "the department", "the outlet": the head noun, and which organizations it can refer back to. */
const ORG_HEADS: Readonly<Record<string, readonly OrganizationKind[]>> = {
  department: ['agency', 'government'],
  agency: ['agency'],
  bureau: ['agency'],
  office: ['agency', 'government'],
  service: ['agency'],
  patrol: ['agency'],
  ministry: ['agency', 'government'],
  government: ['government', 'agency'],
  court: ['court'],
  commission: ['agency', 'other'],
  board: ['agency', 'other'],
  council: ['other', 'legislature', 'government'],
  committee: ['legislature', 'other'],
  institute: ['research'],
  center: ['research', 'advocacy'],
  group: ['advocacy', 'research', 'other', 'criminal_group'],
  organization: ['advocacy', 'research', 'other'],
  nonprofit: ['advocacy', 'research', 'other'],
  company: ['company'],
  firm: ['company'],
  university: ['university'],
  coalition: ['advocacy'],
  union: ['other', 'advocacy'],
  outlet: ['media'],
  newspaper: ['media'],
  paper: ['media'],
  network: ['media'],
  station: ['media'],
  publication: ['media'],
  magazine: ['media'],
  website: ['media'],
};
/** "the department", "the sheriff's office", "the agency's Houston field office". */
const ORG_DESCRIPTION = new RegExp(
  String.raw`\b(?:the|this|that)\s+(?:[\p{L}'’-]+\s+){0,3}(${Object.keys(ORG_HEADS).join('|')})$`,
  'iu',
);
const ROLE_WORDS = [
  'mayor',
  'governor',
  'secretary',
  'senator',
  'judge',
  'director',
  'president',
  'commissioner',
  'sheriff',
  'chief',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'official',
  'officer',
  'agent',
  'lawmaker',
  'congressman',
  'congresswoman',
  'representative',
  'professor',
  'lawyer',
  'attorney',
  'analyst',
  'researcher',
  'economist',
  'prosecutor',
  'administrator',
  'head',
  'leader',
  'founder',
  'chair',
  'chairman',
  'chairwoman',
];
/** "the mayor", "the agency’s deputy director", "its acting director". */
const ROLE_DESCRIPTION = new RegExp(
  String.raw`(?:\b(?:the|this|that|its|his|her|their)|['’]s)\s+((?:[\p{L}-]+\s+){0,2}(?:${ROLE_WORDS.join('|')}))$`,
  'iu',
);
const UNNAMED_ROLES = /^(?:spokes(?:man|woman|person)|official|officer|agent|representative)$/i;
const FIELD_OFFICIALS = new RegExp(
  String.raw`\b(?:(?:federal|state|local|u\.s\.|us|american)\s+)?(${Object.keys(AGENCIES_BY_FIELD).join('|')})\s+(?:enforcement\s+)?(?:officials|authorities|agents|officers)$`,
  'iu',
);
/** "city officials said": the government of the last place named. */
const PLACE_OFFICIALS = /\b(?:city|county|state|local)\s+(?:officials|authorities|leaders)$/iu;
/** "Officials said", "the authorities said": officials of no named field or country. */
const BARE_OFFICIALS = /(?:^|[^\p{L}\s]\s*|\bthe\s+)(?:officials|authorities)$/iu;
/** "the press release", "the report": a document the article cited before. */
const DOCUMENTS = [
  'release',
  'report',
  'statement',
  'memo',
  'memorandum',
  'letter',
  'filing',
  'lawsuit',
  'complaint',
  'study',
  'analysis',
  'survey',
  'guidelines',
  'announcement',
];
const DOCUMENT_DESCRIPTION = new RegExp(
  String.raw`\b(?:the|this|that)\s+(?:[\p{L}-]+\s+)?((?:press |news )?(?:${DOCUMENTS.join('|')}))$`,
  'iu',
);
/** Every word a description can end with: a cheap test that spares the patterns above most words. */
const LAST_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(ORG_HEADS),
  ...ROLE_WORDS,
  ...DOCUMENTS,
  'officials',
  'authorities',
  'agents',
  'officers',
  'leaders',
]);
/** "according to a news release from", "data from": the words before a body cited as a source. */
const CITED_BEFORE =
  /(?:according to|per|citing|(?:release|statement|report|data|figures|announcement|memo)\s+(?:from|by))\s+(?:(?:an?|the|new|its)\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;
/** How far back an unnamed speaker may have been introduced for "the official" to mean them. */
const UNNAMED_REACH = 1500;

/**
 * Someone the text describes instead of naming, ending where `before` ends (`end` in the article): an
 * organization by its kind ("the department" → the last department named), a person by their role ("the
 * mayor" → the mayor named), an unnamed official introduced earlier ("the official"), or officials of a
 * field ("immigration officials" → the immigration agency the article names).
 */
export function describedSpeaker(scope: AttributionScope, before: string, end: number): Attribution | null {
  if (!LAST_WORDS.has(/(\p{L}+)$/u.exec(before)?.[1]?.toLowerCase() ?? '')) return null;
  const org = ORG_DESCRIPTION.exec(before);
  if (org?.[1]) return lastOrganization(scope, org[1].toLowerCase(), end - org[0].length);
  const field = FIELD_OFFICIALS.exec(before);
  if (field?.[1]) return fieldAgency(scope, field[1].toLowerCase());
  if (PLACE_OFFICIALS.test(before)) return lastPlace(scope, end);
  if (BARE_OFFICIALS.test(before)) return lastOrganizationOfKind(scope, ['agency', 'government'], end);
  const document = DOCUMENT_DESCRIPTION.exec(before);
  if (document?.[1]) return issuerOfDocument(scope, document[1].toLowerCase(), end - document[0].length);
  const role = ROLE_DESCRIPTION.exec(before);
  if (role?.[1]) {
    const words = role[1].toLowerCase().split(/\s+/);
    const head = words[words.length - 1] ?? '';
    const at = end - role[1].length;
    if (UNNAMED_ROLES.test(head)) {
      const unnamed = lastUnnamed(scope, at);
      if (unnamed) return unnamed;
    }
    const person = personWithRole(scope.people, words, at);
    if (person) return { speaker: person.name, kind: 'person', description: null };
  }
  return null;
}

/** The bodies named before `at` in the narration, nearest first; unnamed speakers speak for theirs. */
function* bodiesBefore(scope: AttributionScope, at: number): Generator<SpeakerMention> {
  for (let i = lowerBound(scope.speakers, at) - 1; i >= 0; i--) {
    const s = scope.speakers[i]!;
    if (s.end <= at && s.kind !== 'person' && !insideOtherQuote(scope, s.start, at)) yield s;
  }
}

function lastOrganization(scope: AttributionScope, head: string, at: number): Attribution | null {
  const kinds = ORG_HEADS[head] ?? [];
  for (const s of bodiesBefore(scope, at)) {
    if (!s.description && (s.name.toLowerCase().includes(head) || (s.orgKind && kinds.includes(s.orgKind))))
      return toAttribution(s);
  }
  return null;
}

/**
 * Officials of no named body speak for the last agency or government the narration cited as a source
 * ("according to a news release from the Office of the Governor"), else the last one it named.
 */
function lastOrganizationOfKind(
  scope: AttributionScope,
  kinds: readonly OrganizationKind[],
  at: number,
): Attribution | null {
  let named: SpeakerMention | null = null;
  for (const s of bodiesBefore(scope, at)) {
    if (!s.orgKind || !kinds.includes(s.orgKind)) continue;
    if (CITED_BEFORE.test(scope.ctx.text.slice(Math.max(0, s.start - 60), s.start))) return toAttribution(s);
    named ??= s;
  }
  return named ? toAttribution(named) : null;
}

/**
 * "according to the press release": whoever the sentence that cited it before names ("Gov. Ana Ruiz
 * said in a Friday press release"), the person first, else the first body; a document not cited before
 * is the one the story's lead is built on, if any.
 */
function issuerOfDocument(scope: AttributionScope, noun: string, at: number): Attribution | null {
  const { ctx } = scope;
  const earlier = ctx.text.toLowerCase().lastIndexOf(noun, at - 1);
  const sentence = earlier >= 0 ? ctx.sentenceAt(earlier) : undefined;
  if (!sentence) return leadDocumentSource(scope)?.source ?? null;
  const named = scope.speakers.filter(
    (s) =>
      s.start >= sentence.start && s.end <= Math.min(sentence.end, at) && !insideOtherQuote(scope, s.start, earlier),
  );
  const s = named.find((x) => x.kind === 'person') ?? named[0];
  return s ? toAttribution(s) : null;
}

/** A place speaks as its government ("city officials said" in a story datelined El Paso). */
function lastPlace(scope: AttributionScope, at: number): Attribution | null {
  const place = scope.entities.nearestBefore(at, (m) => m.kind === 'place', at);
  return place ? { speaker: place.name, kind: 'organization', description: null } : null;
}

function fieldAgency(scope: AttributionScope, field: string): Attribution | null {
  const agencies = AGENCIES_BY_FIELD[field];
  const agency = agencies?.named.find((a) => scope.speakers.some((s) => s.name === a)) ?? agencies?.otherwise;
  return agency ? { speaker: agency, kind: 'organization', description: null } : null;
}

function lastUnnamed(scope: AttributionScope, at: number): Attribution | null {
  for (let i = scope.speakers.length - 1; i >= 0; i--) {
    const s = scope.speakers[i]!;
    if (s.end > at) continue;
    if (at - s.end > UNNAMED_REACH) break;
    if (s.description) return toAttribution(s);
  }
  return null;
}

/**
 * The person whose role holds all the words ("deputy director"): the last one named before `at`, or,
 * for a description that comes first (a deck above the story), the only one in the article.
 */
function personWithRole(people: readonly PersonItem[], words: readonly string[], at: number): PersonItem | null {
  const head = words[words.length - 1] ?? '';
  const holds = (p: PersonItem): boolean =>
    [...p.roles, ...p.mentions].some((r) => {
      const low = r.toLowerCase();
      return low.includes(head) && words.every((w) => low.includes(w));
    });
  const matching = people.filter(holds);
  let best: PersonItem | null = null;
  let bestAt = -1;
  for (const p of matching) {
    const last = p.evidence.filter((e) => e.end <= at).pop();
    if (last && last.start > bestAt) {
      best = p;
      bestAt = last.start;
    }
  }
  return best ?? (matching.length === 1 ? matching[0]! : null);
}
