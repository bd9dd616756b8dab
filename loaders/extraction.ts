/**
 * The extraction: what the pure half of the loaders produces from one article, and what the writers turn
 * into graph rows. It is a superset of the shape `corpus/README.md` describes (the scorer reads that part;
 * the extra fields carry provenance for the graph).
 *
 * Offsets (`start`, `end`) are UTF-16 code-unit offsets into `SourceDocument.text`, so that
 * `text.slice(start, end)` gives back the exact words, in JavaScript and in the GraphQL API alike.
 */
import type { OrganizationKind, PlaceKind, PolicyKind, QuoteKind } from '../model/graph-model.js';

// The vocabularies are the graph model's; the extraction's types name them for the extractors.
export type { OrganizationKind, PlaceKind, PolicyKind, QuoteKind };

/** Bumped whenever extraction output changes for the same input; stored with every fact. */
export const EXTRACTOR_VERSION = '1.0.0';

/** One article as a reader hands it over: text plus whatever metadata the input itself carried. */
export interface SourceDocument {
  /** File name (or feed URL / `stdin#n`) the article came from. */
  readonly source: string;
  /** The article text as read (HTML already reduced to text, front matter removed). Offsets point here. */
  readonly text: string;
  readonly title?: string | null;
  readonly outlet?: string | null;
  readonly url?: string | null;
  /** ISO date (YYYY-MM-DD) or date-time, as given by the input. */
  readonly date?: string | null;
  readonly author?: string | null;
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Where a fact came from: the exact words and the sentence around them. */
export interface Evidence extends Span {
  readonly sentence: string;
  /** 0..1: how sure the extractor is. */
  readonly confidence: number;
}

export type MetadataField = 'title' | 'outlet' | 'date';

export type BoilerplateKind =
  | 'caption'
  | 'photo-credit'
  | 'byline'
  | 'contact'
  | 'newsletter-prompt'
  | 'donation-appeal'
  | 'related-links'
  | 'duplicate-paragraph'
  | 'deck'
  | 'navigation'
  | 'dateline';

export interface ArticleInfo {
  readonly title: string;
  readonly outlet: string | null;
  readonly url: string | null;
  /** ISO date YYYY-MM-DD when known. */
  readonly date: string | null;
  readonly author: string | null;
  /** Fields that were not given by the input but inferred from the text. */
  readonly inferred: readonly MetadataField[];
  /** Page furniture the cleaner recognised: kept in the text, never turned into knowledge. */
  readonly boilerplate: readonly (Span & { readonly kind: BoilerplateKind })[];
}

export type SpeakerKind = 'person' | 'organization' | 'anonymous_source';

export interface RoleItem {
  /** "Attorney General", "acting ICE director". */
  readonly title: string;
  /** Canonical name of the organization the role is held in, when known. */
  readonly organization: string | null;
  readonly former: boolean;
  readonly evidence: Evidence;
}

export interface PersonItem {
  /** Canonical full name ("Jeff Sessions"). */
  readonly name: string;
  /** Every surface form seen in the article ("Sessions", "Attorney General Jeff Sessions"). */
  readonly mentions: readonly string[];
  /** Role titles as strings (the scorer's shape). */
  readonly roles: readonly string[];
  /** Canonical organization names the person is affiliated with. */
  readonly affiliations: readonly string[];
  readonly roleDetails: readonly RoleItem[];
  /** One entry per mention. */
  readonly evidence: readonly Evidence[];
}

export interface OrganizationItem {
  /** Canonical name ("U.S. Department of Justice"). */
  readonly name: string;
  readonly acronym: string | null;
  /** Every other name it goes by, in the gazetteer and in the article ("DOJ", "Justice Department"). */
  readonly aliases: readonly string[];
  readonly kind: OrganizationKind;
  /** Canonical name of the organization it is part of (ICE → U.S. Department of Homeland Security). */
  readonly partOf: string | null;
  /** False when recognised from the text alone, not from the gazetteer. */
  readonly known: boolean;
  readonly evidence: readonly Evidence[];
}

export interface PlaceItem {
  readonly name: string;
  readonly kind: PlaceKind;
  readonly evidence: readonly Evidence[];
}

export interface PolicyItem {
  readonly name: string;
  readonly kind: PolicyKind;
  /** Canonical name of the person or organization that issued it. */
  readonly issuedBy: string | null;
  readonly issuedByKind: Exclude<SpeakerKind, 'anonymous_source'> | null;
  /** As stated ("April", "January 2017"). */
  readonly date: string | null;
  /** Resolved ISO date (YYYY-MM or YYYY-MM-DD) when the article date allows. */
  readonly dateResolved: string | null;
  readonly evidence: Evidence;
}

export interface StatisticItem {
  /** The number; null only for vague amounts ("tens of thousands"). */
  readonly value: number | null;
  /** Upper bound of a range ("2 to 3 million" → 2e6..3e6). */
  readonly valueHigh: number | null;
  /** True for amounts stated without a number ("tens of thousands"). */
  readonly vague: boolean;
  /** "over", "more than", "approximately", "below", "north of"… */
  readonly qualifier: string | null;
  /** "cases", "people", "percent", "deportations", "dollars"… */
  readonly unit: string | null;
  /** What is counted, in the article's words ("criminal immigration cases"). */
  readonly measure: string;
  /** As stated ("June", "between March and June"). */
  readonly period: string | null;
  /** ISO dates when the article date allows resolving the period. */
  readonly periodStart: string | null;
  readonly periodEnd: string | null;
  readonly place: string | null;
  /** Canonical name of who reported the figure. */
  readonly source: string | null;
  readonly sourceKind: SpeakerKind | null;
  /** The words of the figure itself ("over 6,200"). */
  readonly text: string;
  readonly evidence: Evidence;
}

export interface QuoteItem {
  /** The exact words inside the quotation marks (or, for claims, the reported content). */
  readonly text: string;
  readonly kind: QuoteKind;
  /** Canonical name of a person or organization; for an anonymous source, the organization it speaks for. */
  readonly speaker: string | null;
  readonly speakerKind: SpeakerKind | null;
  /** For anonymous sources: how the article describes them ("an ICE source"). */
  readonly speakerDescription: string | null;
  /** Evidence span covers the quoted words only (without the quotation marks). */
  readonly evidence: Evidence;
}

export interface Extraction {
  readonly source: string;
  readonly extractorVersion: string;
  readonly article: ArticleInfo;
  readonly people: readonly PersonItem[];
  readonly organizations: readonly OrganizationItem[];
  readonly places: readonly PlaceItem[];
  readonly policies: readonly PolicyItem[];
  readonly statistics: readonly StatisticItem[];
  /** Direct and partial quotes. */
  readonly quotes: readonly QuoteItem[];
  /** Indirect statements ("Sessions said that 25 immigration judges…"): kind 'indirect'. */
  readonly claims: readonly QuoteItem[];
}
