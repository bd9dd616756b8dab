import { describe, expect, it } from 'vitest';
import type { Evidence, PersonItem, PlaceItem, QuoteItem, SourceDocument } from '../../../loaders/extraction.js';
import { graphRows } from '../../../loaders/write/graph-rows.js';
import { bareExtraction } from '../../support/articles.js';

const TEXT =
  'Ana Ruiz of the Border Relief Alliance praised the new shelters near the U.S.-Mexico border. “They save lives,” Ruiz said. The US-Mexico border stayed quiet.';
const DOC: SourceDocument = { source: 'graph-rows.txt', text: TEXT, title: 'Shelters', date: '2031-03-02' };

function at(words: string): Evidence {
  const start = TEXT.indexOf(words);
  return { start, end: start + words.length, sentence: words, confidence: 1 };
}

const RUIZ: PersonItem = {
  name: 'Ana Ruiz',
  mentions: ['Ruiz'],
  roles: [],
  affiliations: ['Border Relief Alliance'],
  roleDetails: [],
  evidence: [at('Ana Ruiz')],
};

describe('graphRows', () => {
  it('when a person is affiliated with a body but no title is stated, then the rows hold a role with an empty title in it', () => {
    const rows = graphRows(DOC, { ...bareExtraction(DOC), people: [RUIZ] });

    expect(rows.roles).toEqual([
      expect.objectContaining({
        personId: 'person:ana-ruiz',
        organizationId: 'org:border-relief-alliance',
        title: '',
        former: false,
      }),
    ]);
    expect(rows.organizations.map((o) => o.id)).toContain('org:border-relief-alliance');
  });

  it('when the affiliation is also the organization of a stated role, then only the stated role is written', () => {
    const director = {
      title: 'director',
      organization: 'Border Relief Alliance',
      former: false,
      evidence: at('Ana Ruiz'),
    };
    const rows = graphRows(DOC, {
      ...bareExtraction(DOC),
      people: [{ ...RUIZ, roles: ['director'], roleDetails: [director] }],
    });

    expect(rows.roles.map((r) => r.title)).toEqual(['director']);
  });

  it('when an article names a place with and without dots in its acronym, then both are one place', () => {
    const places: PlaceItem[] = ['U.S.-Mexico border', 'US-Mexico border'].map((name) => ({
      name,
      kind: 'region',
      evidence: [at(name)],
    }));
    const rows = graphRows(DOC, { ...bareExtraction(DOC), places });

    expect(rows.places.map((p) => p.id)).toEqual(['place:us-mexico-border']);
    expect(rows.mentions).toEqual([expect.objectContaining({ id: 'place:us-mexico-border', count: 2 })]);
  });

  it('when a quote opens its sentence, then its row carries the sentence that introduced it', () => {
    const quote: QuoteItem = {
      text: 'They save lives,',
      kind: 'direct',
      speaker: 'Ana Ruiz',
      speakerKind: 'person',
      speakerDescription: null,
      evidence: at('They save lives,'),
    };
    const rows = graphRows(DOC, { ...bareExtraction(DOC), people: [RUIZ], quotes: [quote] });

    expect(rows.quotes[0]?.context).toBe(
      'Ana Ruiz of the Border Relief Alliance praised the new shelters near the U.S.-Mexico border.',
    );
  });
});
