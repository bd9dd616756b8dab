/**
 * Places drawn from the extractor's own gazetteer, prominent border places first (Zipf ranks), and the
 * AP abbreviations that follow a lawmaker's party ("R-Texas").
 */
import { PLACES, type PlaceEntry } from '../../loaders/gazetteer/places.js';

const PROMINENT = [
  'Texas',
  'U.S.-Mexico border',
  'Arizona',
  'southern border',
  'El Paso',
  'San Diego',
  'Mexico',
  'McAllen',
  'New Mexico',
  'Rio Grande Valley',
  'California',
  'El Salvador',
  'Venezuela',
  'Guatemala',
  'Honduras',
  'Chicago',
  'Los Angeles',
  'New York City',
  'Florida',
  'Tucson',
  'Eagle Pass',
  'Del Rio',
  'Yuma',
  'Laredo',
  'Nogales',
  'Brownsville',
];

const byName = new Map(PLACES.map((p) => [p.name, p]));

/** Every gazetteer place, prominent ones first. Countries stay out of "in {place}" border sentences. */
export const RANKED_PLACES: readonly PlaceEntry[] = [
  ...PROMINENT.map((name) => byName.get(name)).filter((p): p is PlaceEntry => p !== undefined),
  ...PLACES.filter((p) => !PROMINENT.includes(p.name) && p.kind !== 'country'),
];

/** Places along the border, for sector chiefs, captions and local figures. */
export const BORDER_CITIES: readonly string[] = [
  'El Paso',
  'San Diego',
  'McAllen',
  'Laredo',
  'Yuma',
  'Tucson',
  'Nogales',
  'Del Rio',
  'Eagle Pass',
  'Brownsville',
];

export const ORIGIN_COUNTRIES: readonly string[] = [
  'Mexico',
  'Guatemala',
  'Honduras',
  'El Salvador',
  'Venezuela',
  'Cuba',
  'Haiti',
  'Nicaragua',
  'Colombia',
  'Ecuador',
];

/** Sender states with their AP abbreviation, as in "Sen. Luther Strange, R-Ala.". */
export const STATE_ABBREVIATIONS: readonly (readonly [state: string, ap: string])[] = [
  ['Texas', 'Texas'],
  ['Alabama', 'Ala.'],
  ['Arizona', 'Ariz.'],
  ['California', 'Calif.'],
  ['Florida', 'Fla.'],
  ['Illinois', 'Ill.'],
  ['New Jersey', 'N.J.'],
  ['South Carolina', 'S.C.'],
  ['Tennessee', 'Tenn.'],
  ['Ohio', 'Ohio'],
  ['Connecticut', 'Conn.'],
  ['Louisiana', 'La.'],
  ['Nevada', 'Nev.'],
  ['Georgia', 'Ga.'],
  ['Oklahoma', 'Okla.'],
];
