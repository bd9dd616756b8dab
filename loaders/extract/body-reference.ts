import type { OrganizationKind } from '../extraction.js';
import type { EntityIndex, EntityMention } from './entity-index.js';

/** The common nouns a story uses for a body it has named, and the kinds of body each can mean. */
const NOUN_KINDS: Readonly<Record<string, readonly OrganizationKind[]>> = {
  agency: ['agency', 'government'],
  department: ['agency', 'government'],
  bureau: ['agency'],
  office: ['agency', 'government'],
  administration: ['agency'],
  service: ['agency'],
  patrol: ['agency'],
  group: ['advocacy', 'research', 'other'],
  organization: ['advocacy', 'research', 'other'],
  organisation: ['advocacy', 'research', 'other'],
  nonprofit: ['advocacy', 'research', 'other'],
  coalition: ['advocacy', 'other'],
  alliance: ['advocacy', 'other'],
  charity: ['advocacy', 'other'],
  institute: ['research', 'advocacy'],
  center: ['research', 'advocacy'],
  'think tank': ['research'],
  company: ['company'],
  firm: ['company'],
  contractor: ['company'],
  corporation: ['company'],
  court: ['court'],
  university: ['university'],
  school: ['university'],
  college: ['university'],
  newspaper: ['media'],
  paper: ['media'],
  outlet: ['media'],
  station: ['media'],
  publication: ['media'],
  magazine: ['media'],
  union: ['other'],
  committee: ['legislature'],
};
const REFERENCE_RE = new RegExp(String.raw`\bthe (${Object.keys(NOUN_KINDS).join('|')})(?:['’]s)?\b`, 'i');
/** How far back the body a "the agency" refers to is looked for: a few paragraphs. */
const WINDOW_CHARS = 2000;

/**
 * "a spokeswoman for the agency", "the department's acting director": the body a role phrase refers
 * back to by a common noun. The nearest body named before it whose name holds the noun ("Department of
 * Labor" for "the department") comes first, else the nearest of a fitting kind.
 */
export function bodyReferredTo(phrase: string, phraseStart: number, entities: EntityIndex): EntityMention | undefined {
  const m = REFERENCE_RE.exec(phrase);
  const noun = m?.[1]?.toLowerCase();
  const kinds = noun ? NOUN_KINDS[noun] : undefined;
  if (!m || !noun || !kinds) return undefined;
  const at = phraseStart + m.index;
  const fits = (e: EntityMention): boolean => e.kind === 'organization' && !!e.orgKind && kinds.includes(e.orgKind);
  return (
    entities.nearestBefore(at, (e) => fits(e) && e.name.toLowerCase().includes(noun), WINDOW_CHARS) ??
    entities.nearestBefore(at, fits, WINDOW_CHARS)
  );
}
