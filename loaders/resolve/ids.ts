/**
 * Stable ids: the same input always produces the same id, so writes are MERGEs and loading twice changes
 * nothing. Entities are keyed by their canonical names, facts by what they say.
 */
import { createHash } from 'node:crypto';

export function hash(...parts: readonly (string | number | null | undefined)[]): string {
  return createHash('sha256').update(parts.map((part) => String(part ?? '')).join('\u241f')).digest('hex').slice(0, 20);
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
  return text
    .normalize('NFKC')
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

export const articleId = (text: string) => hash(normaliseText(text));
export const personId = (name: string) => `person:${slug(name)}`;
export const organizationId = (name: string) => `org:${slug(name.replace(/^(the|u\.?s\.?)\s+/i, ''))}`;
// Dots dropped first: "U.S.-Mexico border" and "US-Mexico border" are one place.
export const placeId = (name: string) => `place:${slug(name.replace(/\./g, ''))}`;
export const policyId = (name: string) => `policy:${slug(name)}`;
export const anonymousSourceId = (articleKey: string, organization: string) => `anon:${articleKey}:${slug(organization)}`;
export const quoteId = (speakerId: string | null, text: string) => `quote:${hash(speakerId, normaliseText(text).toLowerCase())}`;
