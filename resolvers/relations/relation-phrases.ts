/**
 * Relationships read as words, in either direction: "Jonathan Fahey — former acting ICE director of —
 * U.S. Immigration and Customs Enforcement", or from the other end "… — has former acting ICE director —
 * Jonathan Fahey". The phrases are keyed by relationship type, the API's fixed vocabulary.
 */

/** What a relationship row carries for reading: its type and, for roles, the title. */
export interface RelationFacts {
  readonly type: string;
  readonly title?: unknown;
  readonly former?: unknown;
}

const PHRASES: Readonly<Record<string, readonly [forward: string, backward: string]>> = {
  PART_OF: ['part of', 'includes'],
  SAID_BY: ['said by', 'said'],
  SPEAKS_FOR: ['speaks for', 'has as source'],
  ISSUED_BY: ['issued by', 'issued'],
  ATTRIBUTED_TO: ['reported by', 'reported'],
  ABOUT_PLACE: ['about', 'subject of'],
  MENTIONS: ['mentions', 'mentioned in'],
  CONTAINS: ['contains', 'appears in'],
  PUBLISHED_BY: ['published by', 'published'],
};

function roleTitle({ title, former }: RelationFacts): string | null {
  const text = typeof title === 'string' ? title.trim() : '';
  if (!text) return null;
  return former === true && !/^former\b/i.test(text) ? `former ${text}` : text;
}

/** `forward`: read from the relationship's start node to its end node. */
export function relationPhrase(facts: RelationFacts, forward: boolean): string {
  if (facts.type === 'HOLDS_ROLE') {
    const title = roleTitle(facts);
    // No title: the articles name only the body the person belongs to ("Ana Ruiz of the Alliance").
    if (!title) return forward ? 'member of' : 'has member';
    return forward ? `${title} of` : `has ${title}`;
  }
  const phrases = PHRASES[facts.type];
  if (!phrases) {
    // A type added to the graph before it gets phrases here still reads, if less well.
    const words = facts.type.toLowerCase().replace(/_/g, ' ');
    return forward ? words : `← ${words}`;
  }
  return forward ? phrases[0] : phrases[1];
}
