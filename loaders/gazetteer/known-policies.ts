import type { PolicyKind } from '../extraction.js';

export interface KnownPolicy {
  readonly name: string;
  readonly kind: PolicyKind;
  readonly aliases: readonly string[];
}

/** Immigration laws, programs and policies that are named often enough to be recognised outright. */
export const KNOWN_POLICIES: readonly KnownPolicy[] = [
  { name: 'Alien Enemies Act', kind: 'law', aliases: [] },
  { name: 'Immigration and Nationality Act', kind: 'law', aliases: ['INA'] },
  { name: 'Insurrection Act', kind: 'law', aliases: [] },
  { name: 'Laken Riley Act', kind: 'law', aliases: [] },
  { name: 'Secure Fence Act', kind: 'law', aliases: [] },
  { name: 'REAL ID Act', kind: 'law', aliases: ['Real ID Act'] },
  { name: 'Deferred Action for Childhood Arrivals', kind: 'program', aliases: ['DACA'] },
  { name: 'Temporary Protected Status', kind: 'program', aliases: ['TPS'] },
  {
    name: 'Migrant Protection Protocols',
    kind: 'policy',
    aliases: ['Remain in Mexico', 'Remain in Mexico policy', 'MPP'],
  },
  { name: 'Title 42', kind: 'policy', aliases: ['Title 42 expulsions', 'Title 42 policy'] },
  { name: 'Secure Communities', kind: 'program', aliases: [] },
  { name: '287(g) program', kind: 'program', aliases: ['287(g)'] },
  { name: 'E-Verify', kind: 'program', aliases: [] },
  { name: 'CBP One', kind: 'program', aliases: ['CBP One app'] },
  { name: 'Operation Lone Star', kind: 'program', aliases: [] },
  { name: 'Flores settlement', kind: 'law', aliases: ['Flores agreement'] },
  { name: 'public charge rule', kind: 'policy', aliases: [] },
  { name: 'travel ban', kind: 'policy', aliases: ['Muslim ban'] },
  { name: 'zero-tolerance policy', kind: 'policy', aliases: ['zero tolerance policy'] },
  {
    name: 'safe third country agreement',
    kind: 'policy',
    aliases: [
      'safe third-country agreement',
      'Safe Third Country Agreement',
      'safe third country agreements',
      'safe third-country agreements',
    ],
  },
  { name: 'Asylum Cooperative Agreements', kind: 'policy', aliases: ['Asylum Cooperative Agreement'] },
  { name: 'Deferred Action for Parents of Americans', kind: 'program', aliases: ['DAPA'] },
  { name: 'U.S. Refugee Admissions Program', kind: 'program', aliases: ['USRAP', 'Refugee Admissions Program'] },
  { name: 'Illegal Immigration Reform and Immigrant Responsibility Act', kind: 'law', aliases: ['IIRIRA'] },
  { name: 'Immigration Reform and Control Act', kind: 'law', aliases: ['IRCA'] },
  { name: 'CHNV parole program', kind: 'program', aliases: ['CHNV'] },
  { name: 'Uniting for Ukraine', kind: 'program', aliases: [] },
  { name: 'Visa Waiver Program', kind: 'program', aliases: [] },
  { name: 'family separation policy', kind: 'policy', aliases: ['family-separation policy'] },
  { name: 'expedited removal', kind: 'policy', aliases: ['expedited removals'] },
  { name: 'asylum ban', kind: 'policy', aliases: ['transit ban', 'third-country transit ban'] },
  { name: 'metering', kind: 'policy', aliases: ['metering policy'] },
];
