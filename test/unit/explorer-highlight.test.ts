import { describe, expect, it } from 'vitest';
import { placeMentions, segment } from '../../explorer/src/highlight.js';
import { parseRoute, hrefFor, articleHref } from '../../explorer/src/routes.js';

describe('explorer: article highlighting', () => {
  it('when annotations overlap, then the text is cut at every boundary and each piece knows what covers it', () => {
    const segments = segment(20, [
      { kind: 'quote', start: 2, end: 12, id: 'q' },
      { kind: 'mention', start: 5, end: 8, id: 'p' },
    ]);

    expect(segments.map((s) => [s.start, s.end, s.annotations.map((a) => a.id).join('+')])).toEqual([
      [0, 2, ''],
      [2, 5, 'q'],
      [5, 8, 'q+p'],
      [8, 12, 'q'],
      [12, 20, ''],
    ]);
  });

  it('when an annotation falls outside the text, then it is ignored', () => {
    expect(segment(5, [{ kind: 'quote', start: 3, end: 9, id: 'q' }])).toEqual([{ start: 0, end: 5, annotations: [] }]);
  });

  it("when the API's mentions overlap or fall in boilerplate, then the longest is kept, none overlap and none is in boilerplate", () => {
    const text = 'Attorney General Jeff Sessions met staff. Sessions left. Sessions again.';
    const at = (words: string, from = 0) => ({
      start: text.indexOf(words, from),
      end: text.indexOf(words, from) + words.length,
      node: { id: 'p' },
    });
    const given = [at('Sessions'), at('Jeff Sessions'), at('Sessions', 40), at('Sessions', 55)];

    const mentions = placeMentions(given, [{ start: 57, end: 72 }]);

    expect(mentions.map((m) => [text.slice(m.start, m.end), m.start])).toEqual([
      ['Jeff Sessions', 17],
      ['Sessions', 42],
    ]);
  });
});

describe('explorer: routes', () => {
  it('when a page link is made, then it parses back to the same view', () => {
    expect(parseRoute(hrefFor('Person', 'UGVy/c29u'))).toEqual({ view: 'entity', kind: 'person', id: 'UGVy/c29u' });
    expect(parseRoute(articleHref('A1', { quote: 'Q1' }))).toEqual({
      view: 'article',
      id: 'A1',
      quote: 'Q1',
      figure: undefined,
    });
    expect(parseRoute('#/connect?from=a&to=b')).toEqual({ view: 'connect', from: 'a', to: 'b' });
    expect(parseRoute('')).toEqual({ view: 'home' });
    expect(parseRoute('#/nowhere')).toEqual({ view: 'not-found', path: '/nowhere' });
  });
});
