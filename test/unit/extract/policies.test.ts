import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../loaders/extract/extract-article.js';

const policies = (text: string, date?: string) =>
  extractArticle({ source: 't.txt', text, date: date ?? null }).policies;

describe('policies extractor', () => {
  it('when a person invokes an existing law, then the law is found with no issuer, since invoking is not issuing', () => {
    expect(policies('President Trump invoked the Alien Enemies Act to deport gang members.')).toEqual([
      expect.objectContaining({ name: 'Alien Enemies Act', kind: 'law', issuedBy: null, issuedByKind: null }),
    ]);
  });

  it('when a person signs an executive order, then that person issued it', () => {
    const [p] = policies(
      'Governor Ana Ruiz signed an executive order barring state agencies from sharing data with ICE.',
    );
    expect(p).toMatchObject({
      name: 'executive order barring state agencies from sharing data with ICE',
      kind: 'executive_order',
      issuedBy: 'Ana Ruiz',
      issuedByKind: 'person',
    });
  });

  it('when a new memo is issued by an agency on a weekday, then its date resolves from the article date', () => {
    const [p] = policies(
      'A policy memorandum issued by the Justice Department Tuesday asks prosecutors to act.',
      '2017-04-11',
    );
    expect(p).toMatchObject({
      name: 'policy memorandum',
      kind: 'memo',
      issuedBy: 'U.S. Department of Justice',
      date: 'Tuesday',
      dateResolved: '2017-04-11',
    });
  });

  it('when executive orders are "signed by" someone in a month, then issuer and month are kept', () => {
    const [p] = policies('The decline followed a pair of executive orders signed by Trump in January.', '2017-04-11');
    expect(p).toMatchObject({
      name: 'executive orders',
      kind: 'executive_order',
      issuedBy: 'Donald Trump',
      date: 'January',
      dateResolved: '2017-01',
    });
  });

  it('when a coined term precedes "policy", then it is a policy credited to the possessor', () => {
    const [p] = policies(
      'Attorney General Jeff Sessions’ announcement of a new zero-tolerance policy in April changed everything.',
    );
    expect(p).toMatchObject({ name: 'zero-tolerance policy', issuedBy: 'Jeff Sessions', date: 'April' });
  });

  it('when a generic hyphenated phrase or a definite reference appears, then no policy is made', () => {
    expect(policies('It is a long-term policy question. The memorandum was criticized.')).toEqual([]);
  });

  it('when a later sentence says who issued a policy named earlier, then the issuer is filled in', () => {
    const text =
      'Shelters filled after the Secure Fence Act passed. The Secure Fence Act was signed by President Ana Ruiz in 2006.';
    expect(policies(text)).toEqual([expect.objectContaining({ name: 'Secure Fence Act', issuedBy: 'Ana Ruiz' })]);
  });

  it('when an instrument is "by" someone named after a title, then that person issued it', () => {
    const [p] = policies('The rule codifies an executive order by former Governor Ana Ruiz on shelter funding.');
    expect(p).toMatchObject({ name: 'executive order', issuedBy: 'Ana Ruiz' });
  });

  it('when a policy is dated by a year alone, then the year is kept as said', () => {
    const [p] = policies('Congress passed the Secure Fence Act in 2006 after a long debate.', '2024-03-15');
    expect(p).toMatchObject({ name: 'Secure Fence Act', date: '2006', dateResolved: null });
  });

  it('when "He" launched a policy late in a sentence, then the person named before issued it', () => {
    const text =
      'Governor Ana Ruiz took office in May. He closed two shelters, cut grants, and launched a new housing program for families who leave detention.';
    expect(policies(text)).toEqual([
      expect.objectContaining({ name: 'housing program for families', issuedBy: 'Ana Ruiz' }),
    ]);
  });

  it('when the instrument names its body ("new Justice Department directives"), then that body issued it', () => {
    const [p] = policies('Prosecutors must follow new Justice Department directives issued in May.');
    expect(p).toMatchObject({ name: 'Justice Department directives', issuedBy: 'U.S. Department of Justice' });
  });

  it('when someone announced that others would end a policy, then that person did not issue it', () => {
    const text = 'Sheriff Ana Ruiz announced that Norland County would terminate its 287(g) agreement.';
    expect(policies(text)).toEqual([expect.objectContaining({ name: '287(g) program', issuedBy: null })]);
  });
});
