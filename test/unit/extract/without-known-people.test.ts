import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../loaders/extract/extract-article.js';
import { EXTRACTORS } from '../../../loaders/extract/extractors.js';
import { withoutKnownPeople } from '../../../loaders/extract/without-known-people.js';

const TEXT = 'Border news\n\nPresident Trump spoke on Monday. Ana Ruiz, a spokesperson for CBP, said arrests fell.';

describe('extraction without the list of public figures', () => {
  it('when the list is on, then a known surname resolves to the full name', () => {
    const names = extractArticle({ source: 't.txt', text: TEXT }).people.map((p) => p.name);
    expect(names).toEqual(['Donald Trump', 'Ana Ruiz']);
  });

  it('when the list is off, then names come from the text alone and the other extractors are the same', () => {
    const extractors = withoutKnownPeople(EXTRACTORS);
    expect(extractors.map((x) => x.name)).toEqual(EXTRACTORS.map((x) => x.name));
    const names = extractArticle({ source: 't.txt', text: TEXT }, extractors).people.map((p) => p.name);
    expect(names).toEqual(['Trump', 'Ana Ruiz']);
  });
});
