import { org, type OrganizationEntry } from './organization-entry.js';

const DOJ = 'U.S. Department of Justice';
const DHS = 'U.S. Department of Homeland Security';
const CBP = 'U.S. Customs and Border Protection';
const ICE = 'U.S. Immigration and Customs Enforcement';
const HHS = 'U.S. Department of Health and Human Services';
const CONGRESS = 'U.S. Congress';
const TREASURY = 'U.S. Department of the Treasury';

/** Executive departments and their agencies, Congress and its offices, the federal courts. */
export const US_FEDERAL_BODIES: readonly OrganizationEntry[] = [
  org('White House', null, 'government', null, ['the White House']),
  org(CONGRESS, null, 'legislature', null, ['Congress', 'United States Congress']),
  org('U.S. Senate', null, 'legislature', CONGRESS, ['Senate', 'United States Senate']),
  org('U.S. House of Representatives', null, 'legislature', CONGRESS, ['House of Representatives', 'House']),
  org('Senate Judiciary Committee', null, 'legislature', 'U.S. Senate', []),
  org('House Judiciary Committee', null, 'legislature', 'U.S. House of Representatives', []),
  org('House Homeland Security Committee', null, 'legislature', 'U.S. House of Representatives', [
    'House Committee on Homeland Security',
  ]),
  org('Senate Homeland Security and Governmental Affairs Committee', null, 'legislature', 'U.S. Senate', []),
  org('House Appropriations Committee', null, 'legislature', 'U.S. House of Representatives', []),
  org('Senate Appropriations Committee', null, 'legislature', 'U.S. Senate', []),
  org('Government Accountability Office', 'GAO', 'agency', CONGRESS, []),
  org('Congressional Budget Office', 'CBO', 'agency', CONGRESS, []),
  org('Congressional Research Service', 'CRS', 'research', CONGRESS, []),

  org('U.S. Supreme Court', null, 'court', null, ['Supreme Court', 'United States Supreme Court']),
  // Circuits are named in figures, as news style writes them ("the 9th Circuit"); the spelt-out names stay aliases.
  org('U.S. Court of Appeals for the 9th Circuit', null, 'court', null, [
    'U.S. Court of Appeals for the Ninth Circuit',
    'Ninth Circuit',
    '9th Circuit',
    'Ninth Circuit Court of Appeals',
    '9th U.S. Circuit Court of Appeals',
  ]),
  org('U.S. Court of Appeals for the 5th Circuit', null, 'court', null, [
    'U.S. Court of Appeals for the Fifth Circuit',
    'Fifth Circuit',
    '5th Circuit',
    'Fifth Circuit Court of Appeals',
    '5th U.S. Circuit Court of Appeals',
  ]),
  org('U.S. Court of Appeals for the D.C. Circuit', null, 'court', null, [
    'D.C. Circuit',
    'D.C. Circuit Court of Appeals',
  ]),
  org('U.S. Court of Appeals for the 4th Circuit', null, 'court', null, [
    'U.S. Court of Appeals for the Fourth Circuit',
    'Fourth Circuit',
    '4th Circuit',
    'Fourth Circuit Court of Appeals',
    '4th U.S. Circuit Court of Appeals',
  ]),
  org('U.S. Court of Appeals for the 1st Circuit', null, 'court', null, [
    'U.S. Court of Appeals for the First Circuit',
    'First Circuit',
    '1st Circuit',
    'First Circuit Court of Appeals',
    '1st U.S. Circuit Court of Appeals',
  ]),
  org('U.S. Court of Appeals for the 2nd Circuit', null, 'court', null, [
    'U.S. Court of Appeals for the Second Circuit',
    'Second Circuit',
    '2nd Circuit',
    'Second Circuit Court of Appeals',
    '2nd U.S. Circuit Court of Appeals',
  ]),
  org('U.S. Court of Appeals for the 11th Circuit', null, 'court', null, [
    'U.S. Court of Appeals for the Eleventh Circuit',
    'Eleventh Circuit',
    '11th Circuit',
    'Eleventh Circuit Court of Appeals',
    '11th U.S. Circuit Court of Appeals',
  ]),
  org('Board of Immigration Appeals', 'BIA', 'court', 'Executive Office for Immigration Review', []),

  org(DOJ, 'DOJ', 'agency', null, [
    'Department of Justice',
    'Justice Department',
    'Justice Dept.',
    'DoJ',
    'United States Department of Justice',
  ]),
  org('Federal Bureau of Investigation', 'FBI', 'agency', DOJ, []),
  org('Drug Enforcement Administration', 'DEA', 'agency', DOJ, []),
  org('Bureau of Alcohol, Tobacco, Firearms and Explosives', 'ATF', 'agency', DOJ, [
    'Bureau of Alcohol, Tobacco, Firearms, and Explosives',
  ]),
  org('Executive Office for Immigration Review', 'EOIR', 'agency', DOJ, []),
  org('Immigration and Naturalization Service', 'INS', 'agency', DOJ, []),
  org('U.S. Marshals Service', 'USMS', 'agency', DOJ, ['Marshals Service', 'U.S. Marshals']),
  org('Federal Bureau of Prisons', 'BOP', 'agency', DOJ, ['Bureau of Prisons']),

  org(DHS, 'DHS', 'agency', null, [
    'Department of Homeland Security',
    'Homeland Security Department',
    'Homeland Security',
    'United States Department of Homeland Security',
  ]),
  org(ICE, 'ICE', 'agency', DHS, [
    'Immigration and Customs Enforcement',
    'Immigration & Customs Enforcement',
    'United States Immigration and Customs Enforcement',
  ]),
  org('Homeland Security Investigations', 'HSI', 'agency', ICE, []),
  org('Enforcement and Removal Operations', 'ERO', 'agency', ICE, []),
  org(CBP, 'CBP', 'agency', DHS, [
    'Customs and Border Protection',
    'Customs & Border Protection',
    'United States Customs and Border Protection',
  ]),
  org('U.S. Border Patrol', 'USBP', 'agency', CBP, ['Border Patrol', 'United States Border Patrol']),
  org('Office of Field Operations', 'OFO', 'agency', CBP, []),
  org('U.S. Citizenship and Immigration Services', 'USCIS', 'agency', DHS, [
    'Citizenship and Immigration Services',
    'United States Citizenship and Immigration Services',
  ]),
  org('Federal Emergency Management Agency', 'FEMA', 'agency', DHS, []),
  org('Transportation Security Administration', 'TSA', 'agency', DHS, []),
  org('U.S. Coast Guard', null, 'agency', DHS, ['Coast Guard']),
  org('U.S. Secret Service', null, 'agency', DHS, ['Secret Service']),

  org(HHS, 'HHS', 'agency', null, [
    'Department of Health and Human Services',
    'Health and Human Services',
    'Health and Human Services Department',
  ]),
  org('Office of Refugee Resettlement', 'ORR', 'agency', HHS, []),
  org('Centers for Disease Control and Prevention', 'CDC', 'agency', HHS, ['Centers for Disease Control']),
  org('Food and Drug Administration', 'FDA', 'agency', HHS, []),
  org('National Institutes of Health', 'NIH', 'agency', HHS, []),
  org('U.S. Department of Labor', 'DOL', 'agency', null, ['Department of Labor', 'Labor Department']),
  org('U.S. Department of State', null, 'agency', null, ['State Department', 'Department of State', 'State Dept.']),
  org('U.S. Department of Defense', 'DOD', 'agency', null, [
    'Department of Defense',
    'Defense Department',
    'Pentagon',
    'DoD',
    'Department of War',
    'War Department',
  ]),
  org(TREASURY, null, 'agency', null, ['Treasury Department', 'Department of the Treasury', 'Treasury']),
  org('Internal Revenue Service', 'IRS', 'agency', TREASURY, []),
  org('U.S. Department of Education', null, 'agency', null, ['Department of Education', 'Education Department']),
  org('U.S. Department of Housing and Urban Development', 'HUD', 'agency', null, [
    'Department of Housing and Urban Development',
  ]),
  org('U.S. Department of Agriculture', 'USDA', 'agency', null, [
    'Department of Agriculture',
    'Agriculture Department',
  ]),
  org('Social Security Administration', 'SSA', 'agency', null, []),
  org('U.S. Department of Commerce', null, 'agency', null, ['Department of Commerce', 'Commerce Department']),
  org('U.S. Census Bureau', null, 'agency', 'U.S. Department of Commerce', ['Census Bureau']),
  org('Bureau of Labor Statistics', 'BLS', 'agency', 'U.S. Department of Labor', []),
  org('U.S. Department of Transportation', 'DOT', 'agency', null, [
    'Department of Transportation',
    'Transportation Department',
  ]),
  org('Federal Aviation Administration', 'FAA', 'agency', 'U.S. Department of Transportation', []),
  org('U.S. Department of Veterans Affairs', 'VA', 'agency', null, [
    'Department of Veterans Affairs',
    'Veterans Affairs Department',
  ]),
  org('U.S. Department of the Interior', null, 'agency', null, ['Department of the Interior', 'Interior Department']),
  org('U.S. Department of Energy', 'DOE', 'agency', null, ['Department of Energy', 'Energy Department']),
  org('U.S. Army', null, 'agency', 'U.S. Department of Defense', ['United States Army']),
  org('U.S. Navy', null, 'agency', 'U.S. Department of Defense', ['United States Navy']),
  org('U.S. Air Force', null, 'agency', 'U.S. Department of Defense', ['United States Air Force']),
  org('U.S. Marine Corps', null, 'agency', 'U.S. Department of Defense', [
    'Marine Corps',
    'United States Marine Corps',
  ]),
  org('U.S. Northern Command', 'NORTHCOM', 'agency', 'U.S. Department of Defense', ['Northern Command']),
  org('Office of Inspector General', 'OIG', 'agency', null, ['Office of the Inspector General']),
  org('U.S. Sentencing Commission', null, 'agency', null, ['Sentencing Commission']),
  org('U.S. Commission on Civil Rights', null, 'agency', null, []),
  org('Federal Reserve', null, 'agency', null, ['Federal Reserve Board']),
  org('Office of Personnel Management', 'OPM', 'agency', null, []),
  org('Office of Management and Budget', 'OMB', 'agency', 'White House', []),
  org('National Guard', null, 'agency', null, []),
  org('Texas Department of Public Safety', 'DPS', 'agency', null, []),
];
