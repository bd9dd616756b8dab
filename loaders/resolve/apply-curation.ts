/**
 * Applies a curation to one extraction (pure). Runs between extraction and writing, so the graph only
 * ever holds curated facts, and re-loading an article applies the same corrections again.
 */
import type { Extraction, OrganizationItem, PersonItem, QuoteItem } from '../extraction.js';
import type { Curation } from './curation.js';

const key = (name: string) => name.trim().toLowerCase();

export function applyCuration(extraction: Extraction, curation: Curation): Extraction {
  if (curation.version === '') return extraction;
  const rename = new Map<string, string>();
  for (const { into, from } of curation.merge) for (const name of from) rename.set(key(name), into);
  const ignored = new Set(curation.ignore.map(key));
  const canonical = (name: string | null) => (name === null ? null : (rename.get(key(name)) ?? name));
  const kept = (name: string | null) => name === null || !ignored.has(key(name));

  const people = mergeByName(
    extraction.people
      .filter((p) => kept(p.name))
      .map((p) => ({ ...p, name: canonical(p.name)!, mentions: [...p.mentions, ...(curation.aliases[p.name] ?? [])] })),
    (a, b) => ({
      ...a,
      mentions: unique([...a.mentions, b.name, ...b.mentions]),
      roles: unique([...a.roles, ...b.roles]),
      affiliations: unique([...a.affiliations, ...b.affiliations]),
      roleDetails: [...a.roleDetails, ...b.roleDetails],
      evidence: [...a.evidence, ...b.evidence],
    }),
  );
  const organizations = mergeByName(
    extraction.organizations
      .filter((o) => kept(o.name))
      .map((o) => ({ ...o, name: canonical(o.name)!, aliases: [...o.aliases, ...(curation.aliases[o.name] ?? [])] })),
    (a, b) => ({
      ...a,
      aliases: unique([...a.aliases, b.name, ...b.aliases]),
      evidence: [...a.evidence, ...b.evidence],
    }),
  );
  const attribute = (quote: QuoteItem): QuoteItem => {
    const fix = curation.attributions.find((a) => quote.text.toLowerCase().includes(a.quote.toLowerCase()));
    if (fix) return { ...quote, speaker: fix.speaker, speakerKind: fix.speakerKind, speakerDescription: null };
    return { ...quote, speaker: kept(quote.speaker) ? canonical(quote.speaker) : null };
  };
  return {
    ...extraction,
    people,
    organizations,
    places: extraction.places.filter((p) => kept(p.name)),
    policies: extraction.policies
      .filter((p) => kept(p.name))
      .map((p) => ({ ...p, issuedBy: kept(p.issuedBy) ? canonical(p.issuedBy) : null })),
    statistics: extraction.statistics.map((s) => ({ ...s, source: kept(s.source) ? canonical(s.source) : null })),
    quotes: extraction.quotes.map(attribute),
    claims: extraction.claims.map(attribute),
  };
}

function mergeByName<T extends PersonItem | OrganizationItem>(items: readonly T[], combine: (a: T, b: T) => T): T[] {
  const byName = new Map<string, T>();
  for (const item of items) {
    const seen = byName.get(key(item.name));
    byName.set(key(item.name), seen ? combine(seen, item) : item);
  }
  return [...byName.values()];
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
