import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../loaders/extract/extract-article.js';

const orgs = (text: string) => extractArticle({ source: 't.txt', text }).organizations;

describe('organizations extractor', () => {
  it('when an agency is named by full name, acronym and possessive, then one organization carries them all', () => {
    const os = orgs(
      'The Department of Justice (DOJ) filed charges. DOJ’s lawyers said the Justice Department would appeal.',
    );
    expect(os).toHaveLength(1);
    expect(os[0]).toMatchObject({ name: 'U.S. Department of Justice', acronym: 'DOJ', known: true, kind: 'agency' });
    expect(os[0]?.evidence).toHaveLength(4);
    expect(os[0]?.aliases).toEqual(expect.arrayContaining(['Justice Department', 'DOJ']));
  });

  it('when a sub-agency is found, then it names the body it is part of', () => {
    const byName = new Map(
      orgs('ICE, CBP and the Border Patrol work with TRAC and EOIR.').map((o) => [o.name, o.partOf]),
    );
    expect(byName.get('U.S. Immigration and Customs Enforcement')).toBe('U.S. Department of Homeland Security');
    expect(byName.get('U.S. Border Patrol')).toBe('U.S. Customs and Border Protection');
    expect(byName.get('Transactional Records Access Clearinghouse')).toBe('Syracuse University');
    expect(byName.get('Executive Office for Immigration Review')).toBe('U.S. Department of Justice');
  });

  it('when an unknown body ends in an institutional word, then it is recognised with its bracketed acronym', () => {
    const os = orgs('The Arizona Department of Public Safety (AZDPS) made the arrests. AZDPS said more would follow.');
    const o = os.find((x) => x.name === 'Arizona Department of Public Safety');
    expect(o).toMatchObject({ known: false, acronym: 'AZDPS', kind: 'agency' });
    expect(o?.evidence).toHaveLength(3);
  });

  it('when an anonymous source speaks for an agency, then the agency is still mentioned', () => {
    expect(orgs('“It is chaos,” a DHS source said.').map((o) => o.name)).toEqual([
      'U.S. Department of Homeland Security',
    ]);
  });

  it('when a one-word name is part of a longer proper name, then it is not taken ("Old Senate Chamber")', () => {
    expect(orgs('They met in the Old Senate Chamber on Tuesday.')).toEqual([]);
    expect(orgs('The Senate voted on Tuesday.').map((o) => o.name)).toEqual(['U.S. Senate']);
  });

  it('when a long office name holds a possessive and "for the District of", then the whole name is one body', () => {
    const names = orgs(
      'Border news\n\nThe U.S. Attorney’s Office for the District of Arizona charged Ana Ruiz on Monday.',
    ).map((o) => o.name);
    expect(names).toEqual(['U.S. Attorney’s Office for the District of Arizona']);
  });

  it('when a state’s National Guard is named, then it is that state’s Guard, part of the National Guard', () => {
    const os = orgs('Border news\n\nThe Nevada National Guard and the Utah Guard sent troops.');
    expect(os.map((o) => [o.name, o.partOf])).toEqual([
      ['Nevada National Guard', 'National Guard'],
      ['Utah National Guard', 'National Guard'],
    ]);
  });

  it('when a president’s administration is named in capitals, then it is no organization', () => {
    expect(orgs('Border news\n\nThe Carter Administration and the Reagan Administration disagreed.')).toEqual([]);
  });

  it('when an outlet or a university is cited as a source, then it is an organization', () => {
    const names = orgs(
      'Border news\n\nSales rose, according to Fortune. Lee Park of the Georgetown University Law Center agreed.',
    ).map((o) => o.name);
    expect(names).toEqual(['Fortune', 'Georgetown University Law Center']);
  });

  it('when a body is named only in a photo caption, then it is no organization of the story', () => {
    const text =
      'Border news\n\nAgents of the Border Patrol wait near a gate. (Ana Ruiz/Getty Images)\n\nThe city council met on Monday to discuss the budget for the next year, members said in a long meeting.';
    expect(orgs(text)).toEqual([]);
  });

  it('when an advocacy group is named with its local chapter ("… of the Rio Grande Valley"), then the chapter is the body, part of the group', () => {
    const os = orgs('Border news\n\nCatholic Charities of the Upper Valley opened a shelter on Monday.');
    expect(os.map((o) => [o.name, o.partOf])).toEqual([
      ['Catholic Charities of the Upper Valley', 'Catholic Charities'],
    ]);
  });

  it('when an unknown coalition is named "Coalition for …" with an acronym, then the whole name is one body', () => {
    const os = orgs(
      'Border news\n\nThe Ohio Coalition for Immigrant and Worker Rights (OCIWR) set up a hotline. OCIWR said calls rose.',
    );
    expect(os.map((o) => [o.name, o.acronym, o.evidence.length])).toEqual([
      ['Ohio Coalition for Immigrant and Worker Rights', 'OCIWR', 3],
    ]);
  });

  it('when a sentence word or a group of people opens a run ("Members of the …"), then the body\'s name starts after it', () => {
    const names = orgs(
      'Border news\n\nMembers of the Ohio Farmworkers Caucus met. On Monday the Immigration and Naturalization Service was recalled.',
    ).map((o) => o.name);
    expect(names).toEqual(['Ohio Farmworkers Caucus', 'Immigration and Naturalization Service']);
  });
});
