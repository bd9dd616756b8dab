export interface FieldAgencies {
  /** The agencies officials of this field may speak for: the first the article names is taken. */
  readonly named: readonly string[];
  /** Taken when the article names none of them, where the field leaves no doubt ("border agents"). */
  readonly otherwise: string | null;
}

const ICE = 'U.S. Immigration and Customs Enforcement';
const DHS = 'U.S. Department of Homeland Security';
const DOJ = 'U.S. Department of Justice';
const DOD = 'U.S. Department of Defense';

/** "Federal immigration officials said …": officials named by their field speak for its agency. */
export const AGENCIES_BY_FIELD: Readonly<Record<string, FieldAgencies>> = {
  immigration: { named: [ICE, 'U.S. Citizenship and Immigration Services', DHS], otherwise: null },
  deportation: { named: [ICE], otherwise: ICE },
  border: { named: ['U.S. Border Patrol', 'U.S. Customs and Border Protection'], otherwise: 'U.S. Border Patrol' },
  customs: { named: ['U.S. Customs and Border Protection'], otherwise: 'U.S. Customs and Border Protection' },
  'homeland security': { named: [DHS], otherwise: DHS },
  justice: { named: [DOJ], otherwise: DOJ },
  'justice department': { named: [DOJ], otherwise: DOJ },
  pentagon: { named: [DOD], otherwise: DOD },
  defense: { named: [DOD], otherwise: DOD },
  military: { named: [DOD], otherwise: null },
  'white house': { named: ['White House'], otherwise: 'White House' },
};
