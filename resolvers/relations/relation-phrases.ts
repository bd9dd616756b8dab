/**
 * Relationships read as words, in either direction: "Jonathan Fahey — former acting ICE director of —
 * U.S. Immigration and Customs Enforcement", or from the other end "… — has former acting ICE director —
 * Jonathan Fahey". Each relationship type's words are in the graph model.
 */
import { isRelationshipType, RELATIONSHIP_TYPES } from '../../model/graph-model.js';

/** What a relationship row carries for reading: its type and, for roles, the title. */
export interface RelationFacts {
  readonly type: string;
  readonly title?: unknown;
  readonly former?: unknown;
}

function roleTitle({ title, former }: RelationFacts): string | null {
  const text = typeof title === 'string' ? title.trim() : '';
  if (!text) return null;
  return former === true && !/^former\b/i.test(text) ? `former ${text}` : text;
}

/** `forward`: read from the relationship's start node to its end node. */
export function relationPhrase(facts: RelationFacts, forward: boolean): string {
  if (facts.type === 'HOLDS_ROLE') {
    const title = roleTitle(facts);
    // With a title the role reads as it; without, the articles name only the body the person belongs to
    // ("Ana Ruiz of the Alliance"), which the model's words say.
    if (title) return forward ? `${title} of` : `has ${title}`;
  }
  if (!isRelationshipType(facts.type)) {
    // The rows come from the database: a type outside the model (written by no statement of ours) still
    // reads, if less well.
    const words = facts.type.toLowerCase().replace(/_/g, ' ');
    return forward ? words : `← ${words}`;
  }
  const [forwardWords, backwardWords] = RELATIONSHIP_TYPES[facts.type].reads;
  return forward ? forwardWords : backwardWords;
}
