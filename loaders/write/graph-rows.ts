/**
 * Turns one extraction into the rows the write statement UNWINDs: nodes with stable ids and every
 * relationship with the evidence (article, offsets, sentence, confidence, extractor version) it rests on.
 * Pure: no database.
 */
import type { Evidence, Extraction, SourceDocument, SpeakerKind } from '../extraction.js';
import type { OrganizationEntry } from '../extract/gazetteer/organization-entry.js';
import { organizationByName } from '../extract/gazetteer/organizations.js';
import { anonymousSourceId, articleId, hash, organizationId, personId, placeId, policyId, quoteId } from './ids.js';
import { claimedRange } from './claimed-range.js';
import { quoteContext } from './quote-context.js';
import { comparisonKey, measureWords } from './statistic-identity.js';

export interface EvidenceRow {
  readonly start: number;
  readonly end: number;
  readonly sentence: string;
  readonly confidence: number;
  readonly extractorVersion: string;
}

type Label = 'Person' | 'Organization' | 'AnonymousSource' | 'Place' | 'Policy';

export interface EntityRef {
  readonly id: string;
  readonly label: Label;
}

export interface GraphRows {
  readonly article: {
    readonly id: string;
    readonly title: string;
    readonly outlet: string | null;
    readonly url: string | null;
    readonly source: string;
    readonly author: string | null;
    readonly text: string;
    readonly publishedAt: string | null;
    readonly inferred: readonly string[];
    readonly boilerplate: string;
    readonly extractorVersion: string;
    readonly fingerprint: string;
  };
  readonly people: readonly { id: string; name: string; aliases: string[]; titles: string[] }[];
  readonly organizations: readonly { id: string; name: string; acronym: string | null; aliases: string[]; kind: string; known: boolean; parentId: string | null }[];
  readonly places: readonly { id: string; name: string; kind: string }[];
  readonly policies: readonly { id: string; name: string; kind: string; date: string | null; issuerId: string | null; evidence: EvidenceRow }[];
  readonly anonymousSources: readonly { id: string; description: string; organizationId: string }[];
  readonly mentions: readonly { id: string; count: number; starts: number[]; ends: number[] }[];
  readonly roles: readonly { personId: string; organizationId: string; title: string; former: boolean; evidence: EvidenceRow }[];
  /** `context`: the sentence that introduced the quote, when not its own (see quoteContext). */
  readonly quotes: readonly { id: string; text: string; kind: string; speakerId: string | null; context: string | null; evidence: EvidenceRow }[];
  readonly statistics: StatisticRow[];
}

export interface StatisticRow {
  /** Provisional id; replaced by an existing statistic's id when the figure is a claim already stored. */
  id: string;
  readonly value: number | null;
  readonly valueHigh: number | null;
  readonly vague: boolean;
  readonly qualifier: string | null;
  readonly unit: string | null;
  readonly measure: string;
  readonly measureWords: readonly string[];
  /** Figures with the same key and place whose claimed ranges do not meet disagree; null compares with nothing. */
  readonly comparisonKey: string | null;
  readonly claimed: readonly [number, number] | null;
  readonly period: string | null;
  readonly periodStart: string | null;
  readonly periodEnd: string | null;
  readonly placeId: string | null;
  readonly sourceId: string | null;
  readonly text: string;
  readonly evidence: EvidenceRow;
}

export function graphRows(doc: SourceDocument, extraction: Extraction, curationVersion = ''): GraphRows {
  const id = articleId(doc.text);
  const version = extraction.extractorVersion;
  const evidence = (e: Evidence): EvidenceRow => ({ start: e.start, end: e.end, sentence: e.sentence, confidence: e.confidence, extractorVersion: version });

  const people = extraction.people.map((p) => ({ id: personId(p.name), name: p.name, aliases: unique([p.name, ...p.mentions]), titles: unique(p.roles) }));
  const organizations = new Map<string, GraphRows['organizations'][number]>();
  for (const o of extraction.organizations) {
    organizations.set(organizationId(o.name), {
      id: organizationId(o.name),
      name: o.name,
      acronym: o.acronym,
      aliases: unique([o.name, ...o.aliases, ...(o.acronym ? [o.acronym] : [])]),
      kind: o.kind,
      known: o.known,
      parentId: o.partOf ? organizationId(o.partOf) : null,
    });
  }
  // The bodies an organization is part of come along (ICE brings DHS), so the chain is navigable even
  // when an article names only the sub-agency; they get no mention of their own.
  for (const parent of extraction.organizations.flatMap((o) => ancestors(o.partOf))) {
    const parentId = organizationId(parent.name);
    if (organizations.has(parentId)) continue;
    organizations.set(parentId, {
      id: parentId,
      name: parent.name,
      acronym: parent.acronym,
      aliases: unique([parent.name, ...parent.aliases, ...(parent.acronym ? [parent.acronym] : [])]),
      kind: parent.kind,
      known: true,
      parentId: parent.partOf ? organizationId(parent.partOf) : null,
    });
  }
  const places = extraction.places.map((p) => ({ id: placeId(p.name), name: p.name, kind: p.kind }));

  const personIds = new Map(extraction.people.map((p) => [p.name, personId(p.name)]));
  const anonymousSources = new Map<string, GraphRows['anonymousSources'][number]>();
  /** Resolves a speaker or source name to an entity of this article, creating organizations it names. */
  const ref = (name: string | null, kind: SpeakerKind | null, description?: string | null): string | null => {
    if (!name) return null;
    if (kind === 'anonymous_source') {
      const orgId = ensureOrganization(name);
      const anonId = anonymousSourceId(id, name);
      if (!anonymousSources.has(anonId)) anonymousSources.set(anonId, { id: anonId, description: description ?? `a source at ${name}`, organizationId: orgId });
      return anonId;
    }
    if (kind === 'person' || personIds.has(name)) return ensurePerson(name);
    return ensureOrganization(name);
  };
  const ensurePerson = (name: string): string => {
    if (!personIds.has(name)) {
      personIds.set(name, personId(name));
      people.push({ id: personId(name), name, aliases: [name], titles: [] });
    }
    return personIds.get(name)!;
  };
  const ensureOrganization = (name: string): string => {
    const orgId = organizationId(name);
    if (!organizations.has(orgId)) organizations.set(orgId, { id: orgId, name, acronym: null, aliases: [name], kind: 'other', known: false, parentId: null });
    return orgId;
  };

  const quotes = [...extraction.quotes, ...extraction.claims].map((q) => {
    const speakerId = ref(q.speaker, q.speakerKind, q.speakerDescription);
    return { id: quoteId(speakerId, q.text), text: q.text, kind: q.kind, speakerId, context: quoteContext(doc.text, q.evidence.start), evidence: evidence(q.evidence) };
  });
  const statistics = extraction.statistics.map((s) => ({
    id: `stat:${hash(id, s.evidence.start, s.value)}`,
    value: s.value,
    valueHigh: s.valueHigh,
    vague: s.vague,
    qualifier: s.qualifier,
    unit: s.unit,
    measure: s.measure,
    measureWords: measureWords(s),
    comparisonKey: comparisonKey(s),
    claimed: claimedRange(s),
    period: s.period,
    periodStart: s.periodStart,
    periodEnd: s.periodEnd,
    placeId: s.place ? placeId(s.place) : null,
    sourceId: ref(s.source, s.sourceKind),
    text: s.text,
    evidence: evidence(s.evidence),
  }));
  const policies = extraction.policies.map((p) => ({
    id: policyId(p.name),
    name: p.name,
    kind: p.kind,
    date: p.dateResolved ?? p.date,
    issuerId: ref(p.issuedBy, p.issuedByKind),
    evidence: evidence(p.evidence),
  }));
  const roles = extraction.people.flatMap((p) => [
    ...p.roleDetails.flatMap((r) => (r.organization ? [{ personId: personId(p.name), organizationId: ensureOrganization(r.organization), title: r.title, former: r.former, evidence: evidence(r.evidence) }] : [])),
    // "Ana Ruiz of the Border Relief Alliance" names a body but no title: a role with an empty title, so
    // the person is found among the body's people. The extraction gives no span for it: the first mention.
    ...p.affiliations
      .filter((organization) => p.evidence[0] && !p.roleDetails.some((r) => r.organization === organization))
      .map((organization) => ({ personId: personId(p.name), organizationId: ensureOrganization(organization), title: '', former: false, evidence: evidence(p.evidence[0]!) })),
  ]);
  // Statistics can name places the place extractor did not list (a source's default place); keep them.
  const placeRows = new Map(places.map((p) => [p.id, p]));
  for (const s of extraction.statistics) if (s.place && !placeRows.has(placeId(s.place))) placeRows.set(placeId(s.place), { id: placeId(s.place), name: s.place, kind: 'other' });

  const mentions = [
    ...extraction.people.map((p) => mention(personId(p.name), p.evidence)),
    ...extraction.organizations.map((o) => mention(organizationId(o.name), o.evidence)),
    ...extraction.places.map((p) => mention(placeId(p.name), p.evidence)),
    ...extraction.policies.map((p) => mention(policyId(p.name), [p.evidence])),
  ];

  const a = extraction.article;
  const rows = {
    article: {
      id,
      title: a.title,
      outlet: a.outlet,
      url: a.url,
      source: doc.source,
      author: a.author,
      text: doc.text,
      publishedAt: a.date && /^\d{4}-\d{2}-\d{2}/.test(a.date) ? a.date.slice(0, 10) : null,
      inferred: [...a.inferred],
      boilerplate: JSON.stringify(a.boilerplate),
      extractorVersion: version,
      fingerprint: '',
    },
    people,
    organizations: [...organizations.values()],
    places: [...placeRows.values()],
    policies,
    anonymousSources: [...anonymousSources.values()],
    mentions: mergeMentions(mentions),
    roles,
    quotes: dedupeById(quotes),
    statistics,
  };
  // What was extracted, not just which extractor version: any change in the output rewrites the article.
  // The file name is left out: the same text loaded from a copy elsewhere is the same article, unchanged.
  const fingerprint = hash(JSON.stringify({ ...rows, article: { ...rows.article, source: '' } }), curationVersion);
  return { ...rows, article: { ...rows.article, fingerprint } };
}

/** The gazetteer's chain above a body: CBP, then DHS for Border Patrol. */
function ancestors(partOf: string | null): OrganizationEntry[] {
  const chain: OrganizationEntry[] = [];
  for (let entry = partOf ? organizationByName(partOf) : undefined; entry && chain.length < 5; entry = entry.partOf ? organizationByName(entry.partOf) : undefined) chain.push(entry);
  return chain;
}

function mention(id: string, evidence: readonly Evidence[]) {
  return { id, count: evidence.length, starts: evidence.map((e) => e.start), ends: evidence.map((e) => e.end) };
}

function mergeMentions(rows: readonly GraphRows['mentions'][number][]): GraphRows['mentions'][number][] {
  const merged = new Map<string, { id: string; count: number; starts: number[]; ends: number[] }>();
  for (const row of rows) {
    const seen = merged.get(row.id);
    if (!seen) merged.set(row.id, { ...row, starts: [...row.starts], ends: [...row.ends] });
    else {
      seen.count += row.count;
      // Not spread as arguments: an entity named a hundred thousand times would overflow the call stack.
      for (const start of row.starts) seen.starts.push(start);
      for (const end of row.ends) seen.ends.push(end);
    }
  }
  return [...merged.values()];
}

function dedupeById<T extends { id: string }>(rows: readonly T[]): T[] {
  return [...new Map(rows.map((row) => [row.id, row])).values()];
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.filter(Boolean))];
}
