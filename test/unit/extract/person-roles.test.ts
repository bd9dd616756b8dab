import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../loaders/extract/extract-article.js';
import { endsBeforeArticle } from '../../../loaders/extract/role-tense.js';

const personIn = (text: string, date: string | null = '2024-05-01') => {
  // The first line of a text is read as its headline; the body follows.
  const people = extractArticle({ source: 't.txt', text: `Border news\n\n${text}`, date }).people;
  return (name: string) => people.find((p) => p.name === name);
};

describe('roles and affiliations', () => {
  it('when a body is named inside the title before a name, then the person is affiliated with it', () => {
    const find = personIn(
      'ICE Deputy Director Ana Ruiz said the raids went well. Justice Department spokesman Omar Feld declined to comment.',
    );
    expect(find('Ana Ruiz')).toMatchObject({
      roles: ['ICE Deputy Director'],
      affiliations: ['U.S. Immigration and Customs Enforcement'],
    });
    expect(find('Omar Feld')).toMatchObject({ affiliations: ['U.S. Department of Justice'] });
  });

  it('when a post and a rank stand before a name ("… Department of Public Safety spokesman Lt. X"), then the body is X\'s', () => {
    const find = personIn('Nevada Department of Public Safety spokesman Lt. Rico Alves said troopers made 30 arrests.');
    expect(find('Rico Alves')?.affiliations).toEqual(['Nevada Department of Public Safety']);
  });

  it('when a title has a complement in capitals ("Assistant Secretary for Public Affairs X"), then the name starts after it', () => {
    const find = personIn('DHS Assistant Secretary for Public Affairs Rosa Lind said the men were dangerous.');
    expect(find('Rosa Lind')).toMatchObject({
      roles: ['DHS Assistant Secretary for Public Affairs'],
      affiliations: ['U.S. Department of Homeland Security'],
    });
  });

  it('when two long roles are joined by "and", then each is read with its own body and tense', () => {
    const find = personIn(
      'Nell Ardent, a senior fellow at the Migration Policy Institute and former commissioner of the Immigration and Naturalization Service, said arrivals fell.',
    );
    expect(find('Nell Ardent')?.roleDetails.map((r) => [r.organization, r.former])).toEqual([
      ['Migration Policy Institute', false],
      ['Immigration and Naturalization Service', true],
    ]);
  });

  it('when the role is in a body another body owns ("the ACLU\'s Immigrants\' Rights Project"), then both are affiliations', () => {
    const find = personIn('Lev Amsel, the deputy director of the ACLU’s Immigrants’ Rights Project, argued the case.');
    expect(find('Lev Amsel')?.affiliations).toEqual(['Immigrants’ Rights Project', 'American Civil Liberties Union']);
  });

  it('when a city stands between a body and a title ("ICE Denver Field Office Director X"), then the body is X\'s', () => {
    const find = personIn('“We target criminals,” ICE Denver Field Office Director Owen Pratt said.');
    expect(find('Owen Pratt')?.affiliations).toEqual(['U.S. Immigration and Customs Enforcement']);
  });

  it('when the title names a body, then it wins over the body the bare title usually means', () => {
    const find = personIn('Pentagon press secretary Lena Ortiz told reporters the base was ready.');
    expect(find('Lena Ortiz')?.affiliations).toEqual(['U.S. Department of Defense']);
  });

  it('when a state is named before "Attorney General", then the U.S. Justice Department is not assumed', () => {
    const find = personIn('Texas Attorney General Dana Cole sued the city on Monday.');
    expect(find('Dana Cole')?.affiliations).toEqual([]);
  });

  it('when "X, a spokesman for Y" introduces a person, then Y is the affiliation', () => {
    const find = personIn(
      'Paulo Reyes, a spokesman for Customs and Border Protection, said the count was preliminary.',
    );
    expect(find('Paulo Reyes')?.affiliations).toEqual(['U.S. Customs and Border Protection']);
  });

  it('when the role phrase holds a body whose name has "and" in it, then the body is not cut at "and"', () => {
    const find = personIn('Elena Marsh, a senior official at Customs and Border Protection, said 40 cases were open.');
    expect(find('Elena Marsh')).toMatchObject({
      roles: ['senior official at Customs and Border Protection'],
      affiliations: ['U.S. Customs and Border Protection'],
    });
  });

  it('when "X, Y\'s assistant director" introduces a person, then Y is the affiliation', () => {
    const find = personIn('Mara Quint, the Migration Policy Institute’s assistant director, said arrivals fell.');
    expect(find('Mara Quint')?.affiliations).toEqual(['Migration Policy Institute']);
  });

  it('when "X, who heads Y" introduces a person, then the person heads Y', () => {
    const find = personIn('Tomas Vey, who heads the Cato Institute, said the plan would fail.');
    expect(find('Tomas Vey')).toMatchObject({ roles: ['head of Cato Institute'], affiliations: ['Cato Institute'] });
  });

  it('when "X, who directs a programme at Y" follows a name, then Y is the body', () => {
    const find = personIn(
      '“It is a mess,” said Jane Dorsey, who directs the immigration program at the Brookings Institution.',
    );
    expect(find('Jane Dorsey')?.affiliations).toEqual(['Brookings Institution']);
  });

  it('when a body follows a name without a title (", of the X,", ", who is with the X,"), then X is the affiliation', () => {
    const find = personIn(
      'Lino Varga, of the Cato Institute, agreed. Tova Reem, who is with the American Civil Liberties Union, disagreed.',
    );
    expect(find('Lino Varga')?.affiliations).toEqual(['Cato Institute']);
    expect(find('Tova Reem')?.affiliations).toEqual(['American Civil Liberties Union']);
  });

  it('when a sign-off line gives name, title and body, then the body is the affiliation', () => {
    const find = personIn(
      'Rina Solberg, Executive Director, Migration Policy Institute:\n\n“We are alarmed by these numbers,” the group said.',
    );
    expect(find('Rina Solberg')).toMatchObject({
      roles: ['Executive Director'],
      affiliations: ['Migration Policy Institute'],
    });
  });

  it('when "X of Y" introduces a person, then the link to Y is kept as a role detail without a title', () => {
    const find = personIn('Cases rose, according to Lara Pinto of the Migration Policy Institute.');
    const p = find('Lara Pinto');
    expect(p?.roles).toEqual([]);
    expect(p?.roleDetails).toEqual([
      expect.objectContaining({ title: '', organization: 'Migration Policy Institute', former: false }),
    ]);
  });
});

describe('roles written before a name', () => {
  it('when a body\'s possessive stands before a name ("the Cato Institute\'s X"), then X is affiliated with it', () => {
    const find = personIn('The count is wrong, the Cato Institute’s Lino Varga said.');
    expect(find('Lino Varga')?.affiliations).toEqual(['Cato Institute']);
  });

  it('when a role phrase and a comma stand before a name ("a CBP spokesperson, X,"), then it is X\'s role', () => {
    const find = personIn('A CBP spokesperson, Dana Wells, said the agency would respond.');
    expect(find('Dana Wells')).toMatchObject({
      roles: ['CBP spokesperson'],
      affiliations: ['U.S. Customs and Border Protection'],
    });
  });
});

describe('roles that refer back to a body', () => {
  it('when a role names "the agency", then the affiliation is the agency named before it', () => {
    const find = personIn(
      'CBP made 40 arrests in Ohio. “They are dangerous,” said Lina Forde, a spokeswoman for the agency.',
    );
    expect(find('Lina Forde')?.affiliations).toEqual(['U.S. Customs and Border Protection']);
  });

  it('when "the department" is referred to, then a body whose name holds "Department" comes before a nearer agency', () => {
    const find = personIn(
      'The Department of Labor and then ICE released figures. Ada Quist, the department’s spokesperson, declined to comment.',
    );
    expect(find('Ada Quist')?.affiliations).toEqual(['U.S. Department of Labor']);
  });

  it('when "the group" is referred to, then an advocacy or research body is meant, not an agency', () => {
    const find = personIn(
      'The Cato Institute disagreed with ICE. Mark Ellery, the group’s research director, said most had no record.',
    );
    expect(find('Mark Ellery')?.affiliations).toEqual(['Cato Institute']);
  });
});

describe('former roles', () => {
  it('when a role is placed "during Trump\'s first term", then it is former relative to a later article', () => {
    const find = personIn(
      'Jon Ferro, former assistant U.S. attorney and acting ICE director during Trump’s first term, praised the plan.',
      '2025-03-01',
    );
    const roles = find('Jon Ferro')?.roleDetails ?? [];
    expect(roles.map((r) => [r.title, r.former])).toEqual([
      ['former assistant U.S. attorney', true],
      ['acting ICE director', true],
    ]);
  });

  it('when "then-" stands before a title, then the role is former', () => {
    const find = personIn('The memo was signed by then-Attorney General Ruth Adler in 2018.');
    expect(find('Ruth Adler')?.roleDetails[0]).toMatchObject({
      former: true,
      organization: 'U.S. Department of Justice',
    });
  });

  it('when "who served as X until YEAR" follows a name, then X is a former role', () => {
    const find = personIn('Gil Moreno, who served as CBP commissioner until 2019, criticised the rule.', '2023-06-01');
    expect(find('Gil Moreno')?.roleDetails[0]).toMatchObject({
      title: 'CBP commissioner',
      former: true,
      organization: 'U.S. Customs and Border Protection',
    });
  });

  it('when "who has served as X" follows a name, then X is current; "who had served as X" makes it former', () => {
    const find = personIn(
      'Ivo Lark, who has served as CBP commissioner since 2021, spoke. Uma Teal, who had served as ICE director, listened.',
    );
    expect(find('Ivo Lark')?.roleDetails[0]?.former).toBe(false);
    expect(find('Uma Teal')?.roleDetails[0]?.former).toBe(true);
  });

  it('when a role is placed under an administration still in office on the article date, then it stays current', () => {
    expect(endsBeforeArticle('during the Biden administration', '2022-01-01')).toBe(false);
    expect(endsBeforeArticle('during the Biden administration', '2026-01-01')).toBe(true);
    expect(endsBeforeArticle('under the previous administration', null)).toBe(true);
    expect(endsBeforeArticle('until 2030', '2024-01-01')).toBe(false);
    expect(endsBeforeArticle('from 2015 to 2018', '2024-01-01')).toBe(true);
  });
});
