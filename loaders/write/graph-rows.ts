/**
 * Turns one extraction into the rows the write statement UNWINDs: nodes with stable ids and every
 * relationship with the evidence (article, offsets, sentence, confidence, extractor version) it rests on.
 * Pure: no database.
 */
import { NODE_KINDS } from '../../model/graph-model.js';
import type { Evidence, Extraction, SourceDocument, StatisticItem } from '../extraction.js';
import {
  EntityTable,
  type AnonymousSourceEntity,
  type OrganizationEntity,
  type PersonEntity,
} from '../resolve/entity-table.js';
import { articleId, hash, organizationId, personId, placeId, policyId, quoteId } from '../resolve/ids.js';
import { claimedRange } from './claimed-range.js';
import { quoteContext } from './quote-context.js';
import { comparisonKey, measureWords, unitClass } from './statistic-identity.js';

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
  readonly people: readonly PersonEntity[];
  readonly organizations: readonly OrganizationEntity[];
  readonly places: readonly { id: string; name: string; kind: string }[];
  readonly policies: readonly {
    id: string;
    name: string;
    kind: string;
    date: string | null;
    issuerId: string | null;
    evidence: EvidenceRow;
  }[];
  readonly anonymousSources: readonly AnonymousSourceEntity[];
  readonly mentions: readonly { id: string; count: number; starts: number[]; ends: number[] }[];
  readonly roles: readonly {
    personId: string;
    organizationId: string;
    title: string;
    former: boolean;
    evidence: EvidenceRow;
  }[];
  /** `context`: the sentence that introduced the quote, when not its own (see quoteContext). */
  readonly quotes: readonly {
    id: string;
    text: string;
    kind: string;
    speakerId: string | null;
    context: string | null;
    evidence: EvidenceRow;
  }[];
  readonly statistics: StatisticRow[];
}

/** A figure as written: the extracted item with its place and source resolved to ids, and its identity. */
export interface StatisticRow extends Omit<StatisticItem, 'place' | 'source' | 'sourceKind' | 'evidence'> {
  /** Provisional id; replaced by an existing statistic's id when the figure is a claim already stored. */
  id: string;
  /** The unit folded as isSameClaim compares it (`unitClass`). */
  readonly unitClass: string | null;
  readonly measureWords: readonly string[];
  /** Figures with the same key and place whose claimed ranges do not meet disagree; null compares with nothing. */
  readonly comparisonKey: string | null;
  readonly claimed: readonly [number, number] | null;
  readonly placeId: string | null;
  readonly sourceId: string | null;
  readonly evidence: EvidenceRow;
}

export function graphRows(doc: SourceDocument, extraction: Extraction, curationVersion = ''): GraphRows {
  const id = articleId(doc.text);
  const version = extraction.extractorVersion;
  const evidence = (e: Evidence): EvidenceRow => ({
    start: e.start,
    end: e.end,
    sentence: e.sentence,
    confidence: e.confidence,
    extractorVersion: version,
  });

  const entities = new EntityTable(id, extraction);
  const places = extraction.places.map((p) => ({ id: placeId(p.name), name: p.name, kind: p.kind }));

  const quotes = [...extraction.quotes, ...extraction.claims].map((q) => {
    const speakerId = entities.ref(q.speaker, q.speakerKind, q.speakerDescription);
    return {
      id: quoteId(speakerId, q.text),
      text: q.text,
      kind: q.kind,
      speakerId,
      context: quoteContext(doc.text, q.evidence.start),
      evidence: evidence(q.evidence),
    };
  });
  const statistics = extraction.statistics.map((s) => ({
    id: `${NODE_KINDS.Statistic.idPrefix}${hash(id, s.evidence.start, s.value)}`,
    value: s.value,
    valueHigh: s.valueHigh,
    vague: s.vague,
    qualifier: s.qualifier,
    unit: s.unit,
    unitClass: unitClass(s.unit),
    measure: s.measure,
    measureWords: measureWords(s),
    comparisonKey: comparisonKey(s),
    claimed: claimedRange(s),
    period: s.period,
    periodStart: s.periodStart,
    periodEnd: s.periodEnd,
    placeId: s.place ? placeId(s.place) : null,
    sourceId: entities.ref(s.source, s.sourceKind),
    text: s.text,
    evidence: evidence(s.evidence),
  }));
  const policies = extraction.policies.map((p) => ({
    id: policyId(p.name),
    name: p.name,
    kind: p.kind,
    date: p.dateResolved ?? p.date,
    issuerId: entities.ref(p.issuedBy, p.issuedByKind),
    evidence: evidence(p.evidence),
  }));
  const roles = extraction.people.flatMap((p) => [
    ...p.roleDetails.flatMap((r) =>
      r.organization
        ? [
            {
              personId: personId(p.name),
              organizationId: entities.organization(r.organization),
              title: r.title,
              former: r.former,
              evidence: evidence(r.evidence),
            },
          ]
        : [],
    ),
    // "Ana Ruiz of the Border Relief Alliance" names a body but no title: a role with an empty title, so
    // the person is found among the body's people. The extraction gives no span for it: the first mention.
    ...p.affiliations
      .filter((organization) => p.evidence[0] && !p.roleDetails.some((r) => r.organization === organization))
      .map((organization) => ({
        personId: personId(p.name),
        organizationId: entities.organization(organization),
        title: '',
        former: false,
        evidence: evidence(p.evidence[0]!),
      })),
  ]);
  // Statistics can name places the place extractor did not list (a source's default place); keep them.
  const placeRows = new Map(places.map((p) => [p.id, p]));
  for (const s of extraction.statistics)
    if (s.place && !placeRows.has(placeId(s.place)))
      placeRows.set(placeId(s.place), { id: placeId(s.place), name: s.place, kind: 'other' });

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
    people: entities.people,
    organizations: entities.organizations,
    places: [...placeRows.values()],
    policies,
    anonymousSources: entities.anonymousSources,
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
