/**
 * The API's enums: the graph model's vocabularies and kinds (model/graph-model.ts) with their
 * descriptions, and the API's own SpeakerScope.
 */
import { registerEnumType } from 'type-graphql';
import {
  enumName,
  NODE_LABELS,
  ORGANIZATION_KINDS,
  PLACE_KINDS,
  POLICY_KINDS,
  QUOTE_KINDS,
  type NodeLabel,
  type OrganizationKind as OrganizationKindValue,
  type PlaceKind as PlaceKindValue,
  type PolicyKind as PolicyKindValue,
  type QuoteKind as QuoteKindValue,
} from '../model/graph-model.js';

/** The model's values keyed by their enum names, as type-graphql reads an enum: { CRIMINAL_GROUP: 'criminal_group' }. */
function enumOf<Value extends string>(values: readonly Value[]): Readonly<Record<string, Value>> {
  return Object.fromEntries(values.map((value) => [enumName(value), value]));
}

/** Each value's description, keyed by the value so that a value added to the model without one fails to compile. */
function described<Value extends string>(
  descriptions: Readonly<Record<Value, string>>,
): Record<string, { description: string }> {
  return Object.fromEntries(
    Object.entries<string>(descriptions).map(([value, description]) => [enumName(value), { description }]),
  );
}

export const OrganizationKind = enumOf(ORGANIZATION_KINDS);
export type OrganizationKind = OrganizationKindValue;
export const PlaceKind = enumOf(PLACE_KINDS);
export type PlaceKind = PlaceKindValue;
export const PolicyKind = enumOf(POLICY_KINDS);
export type PolicyKind = PolicyKindValue;
export const QuoteKind = enumOf(QUOTE_KINDS);
export type QuoteKind = QuoteKindValue;
/** The kinds of node; each value is the kind's label (`Person`), shown by its enum name (`PERSON`). */
export const NodeKind = enumOf(NODE_LABELS);
export type NodeKind = NodeLabel;

/** Which of an organization's quotes: its own (official) or its anonymous sources'. */
export enum SpeakerScope {
  OFFICIAL = 'OFFICIAL',
  ANONYMOUS = 'ANONYMOUS',
  ALL = 'ALL',
}

registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'What sort of body an organization is.',
  valuesConfig: described<OrganizationKind>({
    agency: 'A government agency (DOJ, ICE, CBP…).',
    court: 'A court.',
    legislature: 'A legislature or one of its committees.',
    research: 'A research group or think tank (TRAC, Pew).',
    advocacy: 'An advocacy group or charity.',
    media: 'A news outlet.',
    criminal_group: 'A gang or cartel.',
    company: 'A company.',
    university: 'A university or college.',
    government: "A government as a whole (a country's, a state's, a city's).",
    other: 'Anything else.',
  }),
});
registerEnumType(PlaceKind, {
  name: 'PlaceKind',
  description: 'What sort of place it is.',
  valuesConfig: described<PlaceKind>({
    country: 'A country.',
    state: 'A state or province.',
    city: 'A city or town.',
    region: 'A region or county.',
    border_sector: 'A Border Patrol sector ("Rio Grande Valley").',
    other: 'Anything else.',
  }),
});
registerEnumType(PolicyKind, {
  name: 'PolicyKind',
  description: 'What sort of policy it is.',
  valuesConfig: described<PolicyKind>({
    memo: 'A memo.',
    executive_order: 'An executive order.',
    law: 'A law or act.',
    program: 'A program.',
    policy: 'A policy by another name ("zero tolerance policy").',
    directive: 'A directive or guidance.',
  }),
});
registerEnumType(QuoteKind, {
  name: 'QuoteKind',
  description:
    'Quotes are words in quotation marks (DIRECT, PARTIAL); claims are reported statements (INDIRECT). Every `quotes` list and count means DIRECT and PARTIAL unless `kinds` says otherwise.',
  valuesConfig: described<QuoteKind>({
    direct: 'A whole sentence or more in quotation marks.',
    partial: "A phrase in quotation marks inside the reporter's sentence.",
    indirect: 'A claim reported without quotation marks ("Sessions said the policy would continue").',
  }),
});
registerEnumType(SpeakerScope, {
  name: 'SpeakerScope',
  description: "Whose words count as an organization's.",
  valuesConfig: {
    OFFICIAL: { description: "The organization's own (its statements, its spokespeople speaking as it)." },
    ANONYMOUS: { description: 'Its anonymous sources\' ("a DHS official").' },
    ALL: { description: 'Both.' },
  },
});
registerEnumType(NodeKind, {
  name: 'NodeKind',
  description: 'The kinds of node in the graph; each is a GraphQL type of the same name.',
  valuesConfig: described<NodeKind>({
    Article: 'An Article.',
    Person: 'A Person.',
    Organization: 'An Organization.',
    Place: 'A Place.',
    Policy: 'A Policy.',
    Statistic: 'A Statistic (a figure).',
    Quote: 'A Quote (or claim).',
    AnonymousSource: 'An AnonymousSource.',
  }),
});
