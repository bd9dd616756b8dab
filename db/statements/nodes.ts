/**
 * What the API reads of each kind of node, and the statements that read any node by id. Every statement
 * returning a node returns one of these (`n {.*}`, or the article's fields without its text), so these
 * are the rows the GraphQL object types are checked against (resolvers/ids/to-object.ts).
 */
import type { StatisticItem } from '../../loaders/extraction.js';
import type { OrganizationKind, PlaceKind, PolicyKind, QuoteKind } from '../../model/graph-model.js';
import { statement } from '../statement.js';

export interface ArticleNode {
  readonly id: string;
  readonly title: string;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly source: string;
  readonly author: string | null;
  readonly inferred: string[];
  readonly publishedAt: string | null;
  readonly ingestedAt: string | null;
  /** Only nodes/get-nodes reads the text and the boilerplate: lists leave them out. */
  readonly text?: string;
  readonly boilerplate?: string;
}

/** Mentions and quotes: carried by the rows of the lists that sort by them, else counted when asked. */
export interface Counted {
  readonly articleCount?: number;
  readonly quoteCount?: number;
}

/** What people and organizations share: a name and the other names the articles use. */
export interface NamedEntityNode extends Counted {
  readonly id: string;
  readonly name: string;
  readonly aliases: string[];
}

export interface PersonNode extends NamedEntityNode {
  readonly titles: string[];
}

export interface OrganizationNode extends NamedEntityNode {
  readonly acronym: string | null;
  readonly kind: OrganizationKind;
  readonly known: boolean;
}

export interface PlaceNode extends Counted {
  readonly id: string;
  readonly name: string;
  readonly kind: PlaceKind;
  /** Only once an analyst added one, or merged another place into this one. */
  readonly aliases?: string[];
}

export interface PolicyNode extends Counted {
  readonly id: string;
  readonly name: string;
  readonly kind: PolicyKind;
  readonly date: string | null;
  /** Only once an analyst added one, or merged another policy into this one. */
  readonly aliases?: string[];
}

/** A figure as the extraction states it, stored under its own id with the name the API shows. */
export interface StatisticNode extends Pick<
  StatisticItem,
  'value' | 'valueHigh' | 'vague' | 'qualifier' | 'unit' | 'measure' | 'period' | 'periodStart' | 'periodEnd'
> {
  readonly id: string;
  readonly name: string;
}

export interface QuoteNode {
  readonly id: string;
  readonly text: string;
  readonly kind: QuoteKind;
}

export interface AnonymousSourceNode {
  readonly id: string;
  readonly description: string;
}

/** Each node label and what its nodes carry. */
export interface NodeProperties {
  readonly Article: ArticleNode;
  readonly Person: PersonNode;
  readonly Organization: OrganizationNode;
  readonly Place: PlaceNode;
  readonly Policy: PolicyNode;
  readonly Statistic: StatisticNode;
  readonly Quote: QuoteNode;
  readonly AnonymousSource: AnonymousSourceNode;
}

export type NodeLabel = keyof NodeProperties;

/** A node of any kind with its label (`[label IN labels(n) WHERE label <> 'Node'][0] AS label`). */
export type LabelledNode<L extends NodeLabel = NodeLabel> = {
  [K in L]: { readonly label: K; readonly node: NodeProperties[K] };
}[L];

export interface Ids {
  readonly ids: readonly string[];
}

export interface Total {
  readonly total: number;
}

export const getNodes = statement<Ids, LabelledNode>('nodes/get-nodes');
export const countMentionsAndQuotes = statement<
  Ids,
  { readonly id: string; readonly articleCount: number; readonly quoteCount: number }
>('nodes/count-mentions-and-quotes');
