import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../loaders/extract/extract-article.js';

const people = (text: string) => extractArticle({ source: 't.txt', text }).people;

describe('people extractor', () => {
  it('when a titled full name is later shortened, then the mentions join one person under the fullest name', () => {
    const ps = people(
      'Attorney General Jeff Sessions spoke in Arizona. Sessions said more judges would come. Later, Sessions left.',
    );
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({
      name: 'Jeff Sessions',
      roles: ['Attorney General'],
      affiliations: ['U.S. Department of Justice'],
    });
    expect(ps[0]?.mentions).toEqual(expect.arrayContaining(['Attorney General Jeff Sessions', 'Sessions']));
  });

  it('when a known figure is named by title and surname, then the full name is used', () => {
    const ps = people('President Trump signed the order. Former President Obama criticized it.');
    expect(ps.map((p) => p.name).sort()).toEqual(['Barack Obama', 'Donald Trump']);
  });

  it('when an appositive follows a name, then it gives roles and affiliations', () => {
    const [p] = people('Maria Gomez, a spokesperson for CBP, said the figures were preliminary.');
    expect(p).toMatchObject({
      name: 'Maria Gomez',
      roles: ['spokesperson for CBP'],
      affiliations: ['U.S. Customs and Border Protection'],
    });
  });

  it('when a surname only qualifies something else ("the Trump administration"), then no person is made', () => {
    expect(people('The Trump administration has expanded enforcement. Trump officials praised it.')).toEqual([]);
  });

  it('when capitalised words are places or agencies, then they are not people', () => {
    expect(people('Agents in El Paso and San Diego said Border Patrol and Homeland Security were stretched.')).toEqual(
      [],
    );
  });

  it('when a name appears only in a photo caption, then no person is made', () => {
    const text =
      'Border Report\n\nSen. Pat Doe tours a facility. (Lee Smith/Getty Images)\n\nThe agency said detention capacity is full across the country this week, officials said.';
    expect(people(text)).toEqual([]);
  });

  it('when a senator is introduced as "Sen. X, R-N.C.", then the person and the Senate role are found', () => {
    const [p] = people('Sen. Thom Tillis, R-N.C., said the numbers were encouraging. Tillis wants more judges.');
    expect(p).toMatchObject({ name: 'Thom Tillis', roles: ['Senator'] });
  });

  it('when "Mr." or "Ms." and a surname follow a full name, then they join that person', () => {
    const ps = people(
      'Border news\n\nDora S. Quill, a senior official at the agency, testified. Ms. Quill said 40 cases were open. Mr. Dunmore disagreed.',
    );
    expect(ps.map((p) => [p.name, p.mentions])).toEqual([
      ['Dora S. Quill', ['Dora S. Quill', 'Ms. Quill']],
      ['Dunmore', ['Mr. Dunmore']],
    ]);
    expect(ps[1]?.roles).toEqual([]);
  });

  it('when a title is abbreviated inside the name ("Atty. Gen.", "Supt."), then the person and the full title are found', () => {
    const ps = people('Border news\n\nAtty. Gen. Rosa Vey has promised faster courts. Supt. Hal Brandt agreed.');
    expect(ps.map((p) => [p.name, p.roles, p.affiliations])).toEqual([
      ['Rosa Vey', ['Attorney General'], ['U.S. Department of Justice']],
      ['Hal Brandt', ['Superintendent'], []],
    ]);
  });

  it('when a photo credit joins a name and an agency ("Ana Ruiz/Reuters"), then no person is made of it', () => {
    expect(people('Border news\n\nThe picture by Ana Ruiz/Reuters ran on Monday, and Reuters sold it.')).toEqual([]);
  });

  it('when a given name is also a common noun ("Bill"), then it still starts a name before a surname', () => {
    const ps = people(
      'Border news\n\nOn Sunday, station reporter Bill Oduya shared a video. Oduya said it was taken Friday.',
    );
    expect(ps.map((p) => [p.name, p.mentions])).toEqual([['Bill Oduya', ['reporter Bill Oduya', 'Oduya']]]);
  });

  it('when a place and a title stand before a name in one capitalised run, then the name after the title is found', () => {
    const [p] = people(
      'Border news\n\nThe governor spoke with Sonora Governor Teodoro Ibarra Lenz about the caravans.',
    );
    expect(p).toMatchObject({ name: 'Teodoro Ibarra Lenz', roles: ['Governor'] });
  });

  it('when a name is part of something named after a person ("… Memorial Grant"), then no person is made', () => {
    expect(people('Border news\n\nThe Edgar Pell Memorial Justice Grant funds body cameras.')).toEqual([]);
    expect(people('Border news\n\nProtesters marched from Madison Square Garden to the Carlos Ruiz Station.')).toEqual(
      [],
    );
  });

  it('when a name is written in full once and with a short given name elsewhere, then it is one person', () => {
    const ps = people(
      'Border news\n\nDeputy Director Thomas R. Olsen said the raids worked. Tom Olsen later added that more would come.',
    );
    expect(ps.map((p) => p.name)).toEqual(['Thomas R. Olsen']);
  });

  it('when a religious title stands before a name ("Sister X"), then it is a title, not part of the name', () => {
    const [p] = people('Border news\n\n“We are full,” said Sister Imelda Rocha, who runs the shelter.');
    expect(p?.name).toBe('Imelda Rocha');
  });

  it('when "posted on X." is followed by a surname, then the platform is not read as an initial', () => {
    const ps = people(
      'Border news\n\nChief Lena Marsh posted on X. Marsh, a former state official, praised the troops.',
    );
    expect(ps.map((p) => [p.name, p.mentions])).toEqual([['Lena Marsh', ['Chief Lena Marsh', 'Marsh']]]);
  });

  it('when a name holds particles ("de la"), then the whole name is one person and the surname refers back', () => {
    const ps = people('Border news\n\nJuan Pablo de la Vega, 34, said he waited for months. Vega now lives in Ohio.');
    expect(ps.map((p) => [p.name, p.mentions])).toEqual([['Juan Pablo de la Vega', ['Juan Pablo de la Vega', 'Vega']]]);
  });

  it('when a given name is two initials in capitals ("JB"), then a titled name still starts with it', () => {
    const [p] = people('Border news\n\nOhio Gov. KC Marlow called the raids cruel.');
    expect(p).toMatchObject({ name: 'KC Marlow', roles: ['Governor'] });
  });

  it('when a local title stands before a name ("Alderman X"), then it is a title, not part of the name', () => {
    const [p] = people('Border news\n\nAlderman Rudy Okafor joined the protest on Friday.');
    expect(p).toMatchObject({ name: 'Rudy Okafor', roles: ['Alderman'] });
  });

  it('when a title written in lower case opens a sentence ("Reporter X posted …"), then it is a title, not part of the name', () => {
    const [p] = people('Border news\n\nReporter Dan Kapinos posted a video of the room.');
    expect(p).toMatchObject({ name: 'Dan Kapinos' });
  });
});
