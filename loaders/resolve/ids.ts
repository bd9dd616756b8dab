/**
 * Stable ids: the same input always produces the same id, so writes are MERGEs and loading twice changes
 * nothing. Entities are keyed by their canonical names, facts by what they say.
 */
import { createHash } from 'node:crypto';
import { NODE_KINDS } from '../../model/graph-model.js';

export function hash(...parts: readonly (string | number | null | undefined)[]): string {
  return createHash('sha256')
    .update(parts.map((part) => String(part ?? '')).join('\u241f'))
    .digest('hex')
    .slice(0, 20);
}

/** Lower-case ASCII words joined by '-'; accents folded, punctuation dropped. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Whitespace, quote styles and dashes vary between copies of the same article; the id must not. */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

export const articleId = (text: string) => hash(normaliseText(text));
export const personId = (name: string) => `${NODE_KINDS.Person.idPrefix}${slug(name)}`;
export const organizationId = (name: string) =>
  `${NODE_KINDS.Organization.idPrefix}${slug(name.replace(/^(the|u\.?s\.?)\s+/i, ''))}`;
// Dots dropped first: "U.S.-Mexico border" and "US-Mexico border" are one place.
export const placeId = (name: string) => `${NODE_KINDS.Place.idPrefix}${slug(name.replace(/\./g, ''))}`;
export const policyId = (name: string) => `${NODE_KINDS.Policy.idPrefix}${slug(name)}`;
export const anonymousSourceId = (articleKey: string, organization: string) =>
  `${NODE_KINDS.AnonymousSource.idPrefix}${articleKey}:${slug(organization)}`;
export const quoteId = (speakerId: string | null, text: string) =>
  `${NODE_KINDS.Quote.idPrefix}${hash(speakerId, normaliseText(text).toLowerCase())}`;
