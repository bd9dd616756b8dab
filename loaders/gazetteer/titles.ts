/** Courtesy titles: they mark a name ("Mr. Ruiz") but give no role. */
const HONORIFIC_TITLES = ['Mr.', 'Mrs.', 'Ms.', 'Mx.', 'Miss'];
export const HONORIFICS: ReadonlySet<string> = new Set(HONORIFIC_TITLES.map((h) => h.toLowerCase()));

/**
 * Role titles that stand before a name ("Attorney General Jeff Sessions", "Sen. Luther Strange",
 * "acting ICE director Tom Homan"). Matched case-insensitively as whole words; the longest wins.
 */
export const TITLES_BEFORE_NAME: readonly string[] = [
  'President', 'Vice President', 'President-elect', 'First Lady', 'Attorney General', 'Deputy Attorney General',
  'Associate Attorney General', 'Assistant Attorney General', 'Solicitor General', 'Secretary', 'Secretary of State',
  'Homeland Security Secretary', 'DHS Secretary', 'Secretary of Homeland Security', 'Labor Secretary', 'Defense Secretary',
  'Deputy Secretary', 'Press Secretary', 'White House Press Secretary', 'Sen.', 'Senator', 'Sens.', 'Rep.', 'Reps.',
  'Representative', 'Congressman', 'Congresswoman', 'Gov.', 'Governor', 'Lt. Gov.', 'Lieutenant Governor', 'Mayor',
  'Judge', 'Justice', 'Chief Justice', 'District Judge', 'U.S. District Judge', 'Federal Judge', 'Immigration Judge',
  'Magistrate Judge', 'Circuit Judge', 'Director', 'Acting Director', 'Deputy Director', 'Commissioner',
  'Acting Commissioner', 'Chief', 'Border Patrol Chief', 'Chief of Staff', 'Deputy Chief of Staff', 'Sheriff',
  'Speaker', 'House Speaker', 'Senate Majority Leader', 'Majority Leader', 'Minority Leader', 'Senate Minority Leader',
  'Ambassador', 'Secretary-General', 'border czar', 'Border Czar', 'Attorney', 'U.S. Attorney', 'District Attorney',
  'spokesperson', 'spokesman', 'spokeswoman', 'Prosecutor', 'Agent', 'Special Agent', 'Officer', 'Dr.', 'Prof.',
  'Professor', 'Gen.', 'General', 'Adm.', 'Col.', 'Lt.', 'Sgt.', 'Capt.', 'Rev.', 'Pope', 'Prime Minister',
  'Foreign Minister', 'Minister', 'Chairman', 'Chairwoman', 'Chair', 'Administrator', 'Inspector General',
  'Field Office Director', 'Special Agent in Charge', 'analyst', 'researcher', 'director', 'commissioner', 'chief',
  'secretary', 'judge', 'senator', 'attorney', 'official', 'officer', 'agent', 'lawyer', 'advocate', 'founder',
  'executive director', 'CEO', 'adviser', 'advisor', 'aide', 'czar', 'leader', 'economist', 'professor', 'fellow',
  'Atty. Gen.', 'Supt.', 'Superintendent', 'Asst.', 'Det.', 'Detective', 'Insp.', 'Cmdr.', 'Commander', 'Maj.', 'Cpl.',
  'Pvt.', 'Amb.', 'Lt. Gen.', 'Maj. Gen.', 'Brig. Gen.', 'Assistant Secretary', 'Under Secretary', 'Undersecretary',
  'Alderman', 'Alderwoman', 'Alderperson', 'Councilman', 'Councilwoman', 'Councilmember', 'Council Member',
  'Supervisor', 'Assemblyman', 'Assemblywoman', 'Assemblymember', 'Assembly Member', 'Del.', 'Delegate', 'Trustee',
  'County Judge', 'County Executive', 'Comptroller', 'Treasurer', 'Lt. Governor', 'Police Chief', 'Chief Patrol Agent',
  'reporter', 'correspondent', 'Sister', 'Father', 'Bishop', 'Archbishop', 'Cardinal', 'Rabbi', 'Pastor', 'Reverend',
  ...HONORIFIC_TITLES,
];

/** Head words of a role phrase in an appositive (", a spokesperson for CBP"). */
export const ROLE_HEADS: ReadonlySet<string> = new Set([
  'president', 'attorney', 'general', 'secretary', 'senator', 'representative', 'congressman', 'congresswoman',
  'governor', 'mayor', 'judge', 'justice', 'director', 'commissioner', 'chief', 'sheriff', 'speaker', 'leader',
  'ambassador', 'czar', 'spokesperson', 'spokesman', 'spokeswoman', 'prosecutor', 'agent', 'officer', 'official',
  'analyst', 'researcher', 'lawyer', 'advocate', 'founder', 'executive', 'ceo', 'adviser', 'advisor', 'aide',
  'economist', 'professor', 'fellow', 'chairman', 'chairwoman', 'chair', 'administrator', 'head', 'manager',
  'coordinator', 'minister', 'member', 'counsel', 'editor', 'reporter', 'correspondent', 'photographer',
  'associate', 'partner', 'president-elect', 'deputy', 'scholar', 'expert', 'strategist', 'organizer', 'activist',
  'detainee', 'migrant', 'resident', 'owner', 'pastor', 'priest', 'doctor', 'nurse', 'teacher', 'student',
  'sergeant', 'captain', 'lieutenant', 'colonel', 'commander', 'superintendent', 'inspector',
]);

/** Titles that say which body the holder belongs to, when the text does not name it. */
export const TITLE_ORGANIZATIONS: Readonly<Record<string, string>> = {
  'attorney general': 'U.S. Department of Justice',
  'atty. gen.': 'U.S. Department of Justice',
  'deputy attorney general': 'U.S. Department of Justice',
  'associate attorney general': 'U.S. Department of Justice',
  'assistant attorney general': 'U.S. Department of Justice',
  'solicitor general': 'U.S. Department of Justice',
  'homeland security secretary': 'U.S. Department of Homeland Security',
  'secretary of homeland security': 'U.S. Department of Homeland Security',
  'dhs secretary': 'U.S. Department of Homeland Security',
  'secretary of state': 'U.S. Department of State',
  'labor secretary': 'U.S. Department of Labor',
  'defense secretary': 'U.S. Department of Defense',
  'border patrol chief': 'U.S. Border Patrol',
  'white house press secretary': 'White House',
  'press secretary': 'White House',
  'sen.': 'U.S. Senate',
  'senator': 'U.S. Senate',
  'rep.': 'U.S. House of Representatives',
  'representative': 'U.S. House of Representatives',
  'congressman': 'U.S. House of Representatives',
  'congresswoman': 'U.S. House of Representatives',
  'house speaker': 'U.S. House of Representatives',
};

/** Short forms that read better as roles ("Sen." → "Senator"). */
export const TITLE_EXPANSIONS: Readonly<Record<string, string>> = {
  'sen.': 'Senator', 'sens.': 'Senator', 'rep.': 'Representative', 'reps.': 'Representative', 'gov.': 'Governor',
  'lt. gov.': 'Lieutenant Governor', 'dr.': 'Doctor', 'prof.': 'Professor', 'gen.': 'General', 'adm.': 'Admiral',
  'col.': 'Colonel', 'lt.': 'Lieutenant', 'sgt.': 'Sergeant', 'capt.': 'Captain', 'rev.': 'Reverend',
  'atty. gen.': 'Attorney General', 'supt.': 'Superintendent', 'asst.': 'Assistant', 'det.': 'Detective',
  'insp.': 'Inspector', 'cmdr.': 'Commander', 'maj.': 'Major', 'cpl.': 'Corporal', 'pvt.': 'Private',
  'amb.': 'Ambassador', 'lt. gen.': 'Lieutenant General', 'maj. gen.': 'Major General', 'brig. gen.': 'Brigadier General',
};
