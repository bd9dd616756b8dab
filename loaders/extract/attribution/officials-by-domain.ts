/**
 * "Federal immigration officials said …": officials named by their field speak for the agency of that
 * field, when the article names that agency. The first listed that the article mentions is taken.
 */
export const AGENCIES_BY_FIELD: Readonly<Record<string, readonly string[]>> = {
  immigration: ['U.S. Immigration and Customs Enforcement', 'U.S. Citizenship and Immigration Services', 'U.S. Department of Homeland Security'],
  deportation: ['U.S. Immigration and Customs Enforcement'],
  ice: ['U.S. Immigration and Customs Enforcement'],
  border: ['U.S. Border Patrol', 'U.S. Customs and Border Protection'],
  customs: ['U.S. Customs and Border Protection'],
  'homeland security': ['U.S. Department of Homeland Security'],
  justice: ['U.S. Department of Justice'],
  'justice department': ['U.S. Department of Justice'],
  pentagon: ['U.S. Department of Defense'],
  defense: ['U.S. Department of Defense'],
  military: ['U.S. Department of Defense'],
  'white house': ['White House'],
};
