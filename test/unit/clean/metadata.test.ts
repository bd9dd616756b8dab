import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../loaders/clean/clean-article.js';

const BODY =
  'Immigration judges in the border districts heard more cases this spring than in any season before, the court said.';

describe('metadata inference', () => {
  it('when the input has no title, then the first short line is the title and marked inferred', () => {
    const info = cleanArticle({ source: 'a.txt', text: `Judges Hear Record Caseload\n\n${BODY}` }).info;
    expect(info.title).toBe('Judges Hear Record Caseload');
    expect(info.inferred).toContain('title');
  });

  it('when the first line is a sentence of prose, then the title is its lead sentence, shortened, and marked inferred', () => {
    const info = cleanArticle({ source: 'a.txt', text: `${BODY}\n${BODY.replace('spring', 'summer')}` }).info;
    const lead = BODY.split(/(?<=\.)\s/)[0]!;
    expect(info.title.replace(/…$/, '')).toBe(lead.slice(0, info.title.replace(/…$/, '').length));
    expect(info.title.length).toBeLessThanOrEqual(101);
    expect(info.inferred).toContain('title');
  });

  it('when an "UPDATED mm/dd/yy" line is present, then it gives the date and is a dateline', () => {
    const c = cleanArticle({
      source: 'a.txt',
      text: `Judges Hear Record Caseload\n\nUPDATED 09/03/19 | 10:15 a.m.\n\n${BODY}`,
    });
    expect(c.info.date).toBe('2019-09-03');
    expect(c.info.inferred).toContain('date');
    expect(c.boilerplate.map((b) => b.kind)).toContain('dateline');
  });

  it('when a wire dateline opens the story, then the outlet is the wire', () => {
    const info = cleanArticle({ source: 'a.txt', text: `Judges Hear Record Caseload\n\nHOUSTON (AP) — ${BODY}` }).info;
    expect(info.outlet).toBe('Associated Press');
  });

  it('when a photo credit names a newsroom, then it is the outlet, but a photo agency is not', () => {
    const own = cleanArticle({
      source: 'a.txt',
      text: `Title Here Now\n\nA judge at work. (Ann Lee/CQ Roll Call)\n\n${BODY}`,
    }).info;
    expect(own.outlet).toBe('CQ Roll Call');
    const agency = cleanArticle({
      source: 'a.txt',
      text: `Title Here Now\n\nA judge at work. (Ann Lee/Getty Images)\n\n${BODY}`,
    }).info;
    expect(agency.outlet).toBeNull();
  });

  it('when the outlet speaks of itself ("here at …"), then that outlet is inferred; "The Post" alone is not', () => {
    expect(
      cleanArticle({
        source: 'a.txt',
        text: `Title Here Now\n\n${BODY}\n\nHere at ProPublica, we want to hear from you about this story and more.`,
      }).info.outlet,
    ).toBe('ProPublica');
    expect(cleanArticle({ source: 'a.txt', text: `${BODY} The Post has learned more.` }).info.outlet).toBeNull();
  });

  it('when the input gives metadata, then it wins and nothing is marked inferred', () => {
    const info = cleanArticle({
      source: 'a.txt',
      text: `Other Title\n\n${BODY}`,
      title: 'Given',
      outlet: 'Reuters',
      date: '2020-01-02T10:00:00Z',
    }).info;
    expect(info).toMatchObject({ title: 'Given', outlet: 'Reuters', date: '2020-01-02', inferred: [] });
  });
});
