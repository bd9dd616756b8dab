import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../loaders/extract/extract-article.js';

const run = (text: string) => extractArticle({ source: 't.txt', text });

describe('quotes extractor', () => {
  it('when the speaker follows the quote, then it is attributed and the span is exactly the quoted words', () => {
    const text = '“We will hire more judges,” said Rep. Ana Ruiz. “It’s overdue,” Ruiz added.';
    const x = run(text);
    expect(x.quotes.map((q) => [q.text, q.speaker, q.speakerKind])).toEqual([
      ['We will hire more judges,', 'Ana Ruiz', 'person'],
      ['It’s overdue,', 'Ana Ruiz', 'person'],
    ]);
    for (const q of x.quotes) expect(text.slice(q.evidence.start, q.evidence.end)).toBe(q.text);
  });

  it('when the speaker comes before the quote, even across a relative clause, then it is attributed', () => {
    const x = run('Attorney General Jeff Sessions, who toured the border, said the push “will reduce the danger.”');
    expect(x.quotes[0]).toMatchObject({ text: 'will reduce the danger.', speaker: 'Jeff Sessions', kind: 'partial' });
  });

  it('when a quote continues in the next sentence without attribution, then it keeps the speaker', () => {
    const x = run(
      '“This is a new era,” said Sessions, Attorney General Jeff Sessions’ aide noted. “The lawlessness of old is over and done with now.”',
    );
    expect(x.quotes.map((q) => q.speaker)).toEqual(['Jeff Sessions', 'Jeff Sessions']);
  });

  it('when an anonymous source speaks, then the quote goes to the organization with that description', () => {
    const x = run('“He’s doing what he was voted in to do,” an ICE source stated.');
    expect(x.quotes[0]).toMatchObject({
      speaker: 'U.S. Immigration and Customs Enforcement',
      speakerKind: 'anonymous_source',
      speakerDescription: 'an ICE source',
    });
  });

  it('when a spokesperson for an agency speaks, then the agency is the speaker', () => {
    const x = run('“Crossings are down,” according to a spokesperson for CBP.');
    expect(x.quotes[0]).toMatchObject({ speaker: 'U.S. Customs and Border Protection', speakerKind: 'organization' });
  });

  it('when an organization "described" something in quotes, then the partial quote is its speech', () => {
    const x = run(
      'In a statement, the DOJ emphasized its commitment to “using all available tools” to fight what it described as an “invasion.”',
    );
    expect(x.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['using all available tools', 'U.S. Department of Justice'],
      ['invasion.', 'U.S. Department of Justice'],
    ]);
  });

  it('when a short term is in scare quotes with no verb of saying, then it is not a quote', () => {
    expect(run('The change turned children into “unaccompanied minors” who were placed in custody.').quotes).toEqual(
      [],
    );
  });

  it('when someone is reported indirectly, then it is a claim, not a quote', () => {
    const x = run('Attorney General Jeff Sessions also said that 25 immigration judges have been sent to the border.');
    expect(x.quotes).toEqual([]);
    expect(x.claims[0]).toMatchObject({
      kind: 'indirect',
      speaker: 'Jeff Sessions',
      text: '25 immigration judges have been sent to the border',
    });
  });
});
