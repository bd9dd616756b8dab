/**
 * Capitalised words that are not names: sentence openers, nationalities, generic nouns of the domain.
 * A run of capitalised words loses them before it is considered as a person's name.
 */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set(
  (
    'The A An This That These Those There Here In On At For From By With And But Or Nor As If When While After ' +
    'Before According Despite Within During Since Under Over Although Though Because Meanwhile However Still Yet ' +
    'Also Even Only Just More Most Many Much Some Several Other Others Both Each Every All Any No Not None It Its ' +
    'He His Him She Her They Their Them We Our Us You Your I My Me Who What Where Why How Which Whose Whether Thus ' +
    'Then Now Today Yesterday Tomorrow Last Next First Second Third Then Instead Indeed Already Again Never Ever ' +
    'Once Until Unless Through Throughout Among Amid Against Without Toward Towards Upon Into Onto About Above Below ' +
    'Across Along Around Behind Beyond Near Off Out Up Down Like Unlike Per Via Plus Minus Yes Okay Well Oh Mr Mrs Ms ' +
    'Illegal Federal National Senior Former Acting Deputy Official Officials Migrants Migrant Immigrants Immigrant ' +
    'Democrats Democrat Republicans Republican Democratic GOP American Americans Mexican Mexicans Venezuelan ' +
    'Venezuelans Salvadoran Salvadorans Guatemalan Honduran Cuban Haitian Haitians Colombian Chinese Indian Russian ' +
    'Ukrainian European African Asian Latino Latinos Latina Hispanic Central Southern Northern Western Eastern ' +
    'Southwest Southwestern Border Customs Immigration Department Agency Office Court Act Order Program Policy New ' +
    'Old Recent Stories Photos Photo Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March ' +
    'April May June July August September October November December Headshot Editor Signed Thanks Subscribe Let Read ' +
    'Related Skip Content Updated Published Posted Non Convictions Prosecutors Deportations Drug Sources Source ' +
    'Report Reports Data Analysis Statement Administration Trump-era Biden-era State States City County Capitol ' +
    'Chamber Senate House Congress Congressional White Black Hill Street Avenue Road University College Institute ' +
    'Center Council Commission Bureau Clearinghouse Association Foundation Committee Coalition Project Service ' +
    'Services Board Authority Group Union Party Cartel Gang Police Patrol Guard Ministry Justice Homeland Security ' +
    'Enforcement Protection Operations Investigations Records Access Transactional Migration Alien Aliens Enemies ' +
    'Secretary President Vice Attorney General Sen Rep Gov Judge Director Chief Sheriff Mayor Governor Agent Agents ' +
    'Officer Officers Spokesperson Spokesman Spokeswoman Prosecutor Prosecutors Commissioner Fiscal Year Years ' +
    'Month Week Day Daily Weekly News Times Post Journal Tribune Herald Chronicle Times Magazine Press Network ' +
    'Morning Evening Night Breaking Exclusive Opinion Analysis Editorial Update Watch Listen Share Email Print ' +
    'Click Sign Log Menu Search Home Advertisement Sponsored Corruption Recommend Methods Payment Emergency Operation ' +
    'Wall Travel Ban Title Section Rule Amendment Constitution Bill Law Laws Code Visa Visas Green Card Asylum ' +
    'Refugee Refugees Detention Deportation Removal Removals Arrests Arrest Crossings Apprehensions Cases Case ' +
    'Statistics Figures Numbers Total Record Records Ms-13 Gangs Cartels Trafficking Smuggling Tren Aragua'
  )
    .split(/\s+/)
    .filter(Boolean),
);

/** Nouns after a surname that make it a modifier, not a mention of the person ("the Trump administration"). */
export const SURNAME_MODIFIER_HEADS: ReadonlySet<string> = new Set([
  'administration',
  'administrations',
  'era',
  'effect',
  'officials',
  'official',
  'appointee',
  'appointees',
  'campaign',
  'team',
  'allies',
  'supporters',
  'voters',
  'loyalists',
  'cabinet',
  'policies',
  'policy',
  'doctrine',
  'agenda',
  'white',
  'years',
  'presidency',
  'government',
  'plan',
  'tariffs',
  'aides',
  'transition',
]);

/**
 * Words that make a name part of a thing named after someone ("Edward Byrne Memorial Justice Assistance
 * Grant", "John F. Kennedy Airport"): the name is then no mention of a person.
 */
export const NAMED_AFTER_HEADS: ReadonlySet<string> = new Set([
  'Memorial',
  'Grant',
  'Grants',
  'Award',
  'Awards',
  'Prize',
  'Scholarship',
  'Fellowship',
  'Airport',
  'Bridge',
  'Building',
  'Highway',
  'Freeway',
  'Expressway',
  'Tunnel',
  'Stadium',
  'Arena',
  'Library',
  'Museum',
  'Hospital',
  'Plaza',
  'Boulevard',
  'Avenue',
  'Street',
  'Elementary',
  'Academy',
  'Courthouse',
  'Act',
  'Amendment',
  'Doctrine',
  'Square',
  'Garden',
  'Gardens',
  'Mall',
  'Tower',
  'Towers',
  'Terminal',
  'Station',
  'Pavilion',
  'Auditorium',
  'Coliseum',
  'Dam',
  'Trail',
  'Parkway',
  'Turnpike',
]);
