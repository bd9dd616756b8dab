import type { PlaceKind } from '../extraction.js';

export interface PlaceEntry {
  readonly name: string;
  readonly kind: PlaceKind;
  readonly aliases: readonly string[];
}

const list = (kind: PlaceKind, names: string): PlaceEntry[] =>
  names.split('|').map((n) => {
    const [name = '', ...aliases] = n.split('=');
    return { name, kind, aliases };
  });

export const US_STATES: readonly PlaceEntry[] = list(
  'state',
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|' +
    'Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|' +
    'Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York State|North Carolina|North Dakota|Ohio|' +
    'Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|' +
    'Washington State|West Virginia|Wisconsin|Wyoming|Puerto Rico',
);

export const COUNTRIES: readonly PlaceEntry[] = list(
  'country',
  'United States=U.S.=US=United States of America=USA=America|Mexico|Canada|Guatemala|Honduras|El Salvador|Nicaragua|' +
    'Costa Rica|Panama|Belize|Cuba|Haiti|Dominican Republic|Jamaica|Venezuela|Colombia|Ecuador|Peru|Brazil|Chile|' +
    'Argentina|Bolivia|Paraguay|Uruguay|China|India|Russia|Ukraine|Afghanistan|Iran|Iraq|Syria|Turkey|Israel|' +
    'Pakistan|Bangladesh|Nepal|Vietnam|Philippines|Indonesia|South Korea|North Korea|Japan|Nigeria|Ghana|Senegal|' +
    'Mauritania|Somalia|Ethiopia|Eritrea|Sudan|South Sudan|Egypt|Morocco|Angola|Cameroon|Congo|Democratic Republic of the Congo|' +
    'Uzbekistan|Kazakhstan|Georgia (country)|Romania|Poland|Germany|France|Spain|Italy|United Kingdom=U.K.=UK=Britain|' +
    'Ireland|Greece|Sweden|Norway|Netherlands|Australia|New Zealand|Saudi Arabia|Qatar|Yemen|Libya|Tunisia|Algeria|' +
    'Costa Rica|Trinidad and Tobago|Bahamas|Rwanda|Uganda|Kenya|South Africa|Eswatini|South Sudan|Gaza|Lebanon|Jordan',
).filter((p) => !p.name.includes('('));

export const CITIES: readonly PlaceEntry[] = list(
  'city',
  'Washington, D.C.=Washington, DC=D.C.|New York City=New York=NYC|Los Angeles|Chicago|Houston|Phoenix|Philadelphia|San Antonio|' +
    'San Diego|Dallas|San Jose|Austin|Jacksonville|San Francisco|Denver|Seattle|Boston|Nashville|Detroit|Portland|' +
    'Las Vegas|Atlanta|Miami|Minneapolis|New Orleans|Tampa|Orlando|Charlotte|Baltimore|Milwaukee|Albuquerque|Tucson|' +
    'Sacramento|Newark|Oakland|El Paso|McAllen|Laredo|Brownsville|Eagle Pass|Del Rio|Nogales|Yuma|Calexico|' +
    'Harlingen|Edinburg|Las Cruces|Sunland Park|Lukeville|Douglas|San Ysidro|Otay Mesa|Tijuana|Ciudad Juárez=Ciudad Juarez=Juárez=Juarez|' +
    'Matamoros|Reynosa|Nuevo Laredo|Piedras Negras|Mexicali|Monterrey|Mexico City|Guatemala City|Tegucigalpa|' +
    'San Salvador|Managua|Caracas|Havana|Port-au-Prince|Bogotá=Bogota|Dilley|Karnes City|Aurora|Springfield|' +
    'Martha’s Vineyard|Guantánamo Bay=Guantanamo Bay=Guantanamo',
);

export const REGIONS: readonly PlaceEntry[] = list(
  'region',
  'Southwest border=southwest border=southwestern border|southern border|northern border|U.S.-Mexico border=US-Mexico border=' +
    'United States-Mexico border=U.S.-Mexican border|Rio Grande Valley|Rio Grande|Central America|Latin America|' +
    'South America|North America|Caribbean|Middle East|Europe|Africa|Asia|Darién Gap=Darien Gap|Texas border|Arizona border|' +
    'Sonoran Desert|Northern Triangle|Capitol Hill|the Capitol',
);

export const BORDER_SECTORS: readonly PlaceEntry[] = list(
  'border_sector',
  'San Diego Sector=San Diego sector|El Centro Sector=El Centro sector|Yuma Sector=Yuma sector|Tucson Sector=Tucson sector|' +
    'El Paso Sector=El Paso sector|Big Bend Sector=Big Bend sector|Del Rio Sector=Del Rio sector|Laredo Sector=Laredo sector|' +
    'Rio Grande Valley Sector=Rio Grande Valley sector',
);

export const PLACES: readonly PlaceEntry[] = Object.freeze([
  ...US_STATES,
  ...COUNTRIES,
  ...CITIES,
  ...REGIONS,
  ...BORDER_SECTORS,
]);
