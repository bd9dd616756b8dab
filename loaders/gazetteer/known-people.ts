/**
 * Public figures of US immigration news, so that "President Trump" or "former President Biden" resolve
 * to a full name. Only for resolving; anyone else is found from the text. `bare` marks surnames
 * distinctive enough to stand alone ("Trump"), unlike "Sessions" or "Miller".
 */
export interface KnownPerson {
  readonly name: string;
  readonly bare: boolean;
}

export const KNOWN_PEOPLE: readonly KnownPerson[] = [
  { name: 'Donald Trump', bare: true },
  { name: 'Joe Biden', bare: true },
  { name: 'Barack Obama', bare: true },
  { name: 'George W. Bush', bare: false },
  { name: 'Kamala Harris', bare: false },
  { name: 'JD Vance', bare: false },
  { name: 'Mike Pence', bare: true },
  { name: 'Jeff Sessions', bare: false },
  { name: 'Pam Bondi', bare: true },
  { name: 'Merrick Garland', bare: false },
  { name: 'William Barr', bare: false },
  { name: 'Kristi Noem', bare: true },
  { name: 'Alejandro Mayorkas', bare: true },
  { name: 'Kirstjen Nielsen', bare: true },
  { name: 'John Kelly', bare: false },
  { name: 'Tom Homan', bare: true },
  { name: 'Stephen Miller', bare: false },
  { name: 'Marco Rubio', bare: true },
  { name: 'Greg Abbott', bare: false },
  { name: 'Ron DeSantis', bare: true },
  { name: 'Todd Lyons', bare: false },
  { name: 'Rodney Scott', bare: false },
  { name: 'Michael Banks', bare: false },
  { name: 'Tricia McLaughlin', bare: false },
  { name: 'Karoline Leavitt', bare: true },
  { name: 'Mike Johnson', bare: false },
  { name: 'Chuck Schumer', bare: true },
  { name: 'Nancy Pelosi', bare: true },
  { name: 'Mitch McConnell', bare: true },
  { name: 'James Boasberg', bare: true },
  { name: 'Nayib Bukele', bare: true },
  { name: 'Claudia Sheinbaum', bare: true },
  { name: 'Andrés Manuel López Obrador', bare: false },
  { name: 'Nicolás Maduro', bare: true },
];
