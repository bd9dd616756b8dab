import { org, type OrganizationEntry } from './organization-entry.js';

/** Cartels and gangs named in enforcement reporting. */
export const CRIMINAL_GROUPS: readonly OrganizationEntry[] = [
  org('MS-13', null, 'criminal_group', null, ['Mara Salvatrucha', 'MS13']),
  org('Tren de Aragua', null, 'criminal_group', null, ['TdA']),
  org('Sinaloa Cartel', null, 'criminal_group', null, ['Sinaloa cartel']),
  org('Jalisco New Generation Cartel', 'CJNG', 'criminal_group', null, ['Cártel de Jalisco Nueva Generación']),
  org('Gulf Cartel', null, 'criminal_group', null, ['Gulf cartel']),
  org('Los Zetas', null, 'criminal_group', null, ['Zetas']),
  org('Cartel del Noreste', null, 'criminal_group', null, []),
  org('Barrio 18', null, 'criminal_group', null, ['18th Street gang', '18th Street Gang']),
  org('La Familia Michoacana', null, 'criminal_group', null, []),
];
