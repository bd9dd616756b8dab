/**
 * Entities an analyst merged away leave redirects in the graph; rows naming them are rewritten to the
 * entity they were merged into before writing (pure: the lookup happens in `writeArticle`).
 */
import type { GraphRows } from './graph-rows.js';

/** Every entity id the rows refer to, for looking up redirects in one round-trip. */
export function entityIds(rows: GraphRows): string[] {
  const ids = [
    ...rows.people.map((p) => p.id),
    ...rows.organizations.map((o) => o.id),
    ...rows.places.map((p) => p.id),
    ...rows.policies.map((p) => p.id),
  ];
  return [...new Set(ids)];
}

export function applyRedirects(rows: GraphRows, to: ReadonlyMap<string, string>): GraphRows {
  if (to.size === 0) return rows;
  const id = (value: string) => to.get(value) ?? value;
  const maybe = (value: string | null) => (value === null ? null : id(value));
  return {
    ...rows,
    people: rows.people.map((p) => ({ ...p, id: id(p.id) })),
    organizations: rows.organizations.map((o) => ({ ...o, id: id(o.id), parentId: maybe(o.parentId) })),
    places: rows.places.map((p) => ({ ...p, id: id(p.id) })),
    policies: rows.policies.map((p) => ({ ...p, id: id(p.id), issuerId: maybe(p.issuerId) })),
    anonymousSources: rows.anonymousSources.map((s) => ({ ...s, organizationId: id(s.organizationId) })),
    mentions: rows.mentions.map((m) => ({ ...m, id: id(m.id) })),
    roles: rows.roles.map((r) => ({ ...r, personId: id(r.personId), organizationId: id(r.organizationId) })),
    quotes: rows.quotes.map((q) => ({ ...q, speakerId: maybe(q.speakerId) })),
    statistics: rows.statistics.map((s) => ({ ...s, placeId: maybe(s.placeId), sourceId: maybe(s.sourceId) })),
  };
}
