import { describe, expect, it } from 'vitest';
import { applyCuration } from '../../loaders/resolve/apply-curation.js';
import { CurationError, parseCuration } from '../../loaders/resolve/curation.js';
import { extractArticle } from '../../loaders/extract/extract-article.js';
import { mayorArticle } from '../support/articles.js';

const article = () => extractArticle({ source: 'mayor.txt', text: mayorArticle('Brastovabcde') });

describe('curation', () => {
  it('when a merge names an extracted person, then the person takes the kept name and the old one becomes a mention', () => {
    const curation = parseCuration(
      'merge:\n  - into: Elena B. Brastovabcde\n    from: [Elena Brastovabcde]\n',
      'c.yaml',
    );

    const curated = applyCuration(article(), curation);

    expect(curated.people.map((p) => p.name)).toEqual(['Elena B. Brastovabcde']);
    expect(curated.quotes[0]?.speaker).toBe('Elena B. Brastovabcde');
  });

  it('when a name is ignored, then it is no entity and no speaker', () => {
    const curated = applyCuration(article(), parseCuration('ignore: [Elena Brastovabcde]', 'c.yaml'));

    expect(curated.people).toEqual([]);
    expect(curated.quotes[0]?.speaker).toBeNull();
  });

  it('when an attribution is corrected, then the matching quote has the new speaker', () => {
    const curation = parseCuration(
      JSON.stringify({
        attributions: [{ quote: 'tears families apart', speaker: 'City of Tucson', speakerKind: 'organization' }],
      }),
      'c.json',
    );

    const curated = applyCuration(article(), curation);

    expect(curated.quotes[0]).toMatchObject({ speaker: 'City of Tucson', speakerKind: 'organization' });
  });

  it('when an alias is added, then the entity carries it', () => {
    const curated = applyCuration(
      article(),
      parseCuration('aliases:\n  Elena Brastovabcde: [the mayor of Tucson]', 'c.yaml'),
    );

    expect(curated.people[0]?.mentions).toContain('the mayor of Tucson');
  });

  it.each([
    ['merge: [{into: X}]', 'merge[0] needs "into"'],
    ['aliases: [a, b]', 'aliases must map a name to a list of names'],
    ['colour: blue', 'unknown section colour'],
    ['merge: [', 'not valid YAML or JSON'],
  ])('when the file says %j, then the error names the file and what is wrong', (source, message) => {
    expect(() => parseCuration(source, 'curation.yaml')).toThrow(CurationError);
    expect(() => parseCuration(source, 'curation.yaml')).toThrow(
      new RegExp(`^curation.yaml: .*${message.replace(/[[\]"]/g, '.')}`),
    );
  });

  it('when the file changes, then its version changes, so curated articles are rewritten', () => {
    expect(parseCuration('ignore: [A]', 'c').version).not.toBe(parseCuration('ignore: [B]', 'c').version);
  });
});
