import { org, type OrganizationEntry } from './organization-entry.js';

/** Foreign governments' agencies and international organisations that appear in border reporting. */
export const INTERNATIONAL_BODIES: readonly OrganizationEntry[] = [
  org('United Nations', 'UN', 'government', null, ['U.N.']),
  org('United Nations High Commissioner for Refugees', 'UNHCR', 'government', 'United Nations', [
    'U.N. refugee agency',
    'UN Refugee Agency',
  ]),
  org('International Organization for Migration', 'IOM', 'government', 'United Nations', []),
  org('European Union', 'EU', 'government', null, ['E.U.']),
  org('National Migration Institute', 'INM', 'agency', null, [
    "Mexico's National Migration Institute",
    'Instituto Nacional de Migración',
  ]),
];
