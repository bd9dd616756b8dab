import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJsonFeed, parseNdjsonFeed } from '../../../loaders/read/parse-feed.js';
import type { ReadResult } from '../../../loaders/read/read-result.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/inputs/${name}`, import.meta.url), 'utf8');

function summarise(results: Iterable<ReadResult>) {
  return [...results].map((result) =>
    result.ok
      ? { ok: true, sources: result.documents.map((document) => document.source) }
      : { ok: false, source: result.source, reason: result.error.reason, message: result.error.message },
  );
}

describe('JSON feeds', () => {
  it('when a feed has one bad item, then that item fails with its number and the others still load', () => {
    // Act
    const results = [...parseJsonFeed(fixture('feed.json'), 'feed.json')];
    // Assert
    expect(summarise(results)).toEqual([
      { ok: true, sources: ['feed.json#1'] },
      {
        ok: false,
        source: 'feed.json#2',
        reason: 'bad_feed_item',
        message: 'feed.json#2: item 2: has neither "text" nor "html"',
      },
      { ok: true, sources: ['feed.json#3'] },
    ]);
  });

  it('when an item has text, then its fields become the metadata', () => {
    const [first] = [...parseJsonFeed(fixture('feed.json'), 'feed.json')];
    expect(first?.ok && first.documents[0]).toEqual({
      source: 'feed.json#1',
      text: 'The first story says 3,000 cases were filed in June.',
      title: 'First Story',
      outlet: 'Feed Daily',
      url: 'https://feed.example.com/1',
      date: '2017-04-11',
      author: 'A. Writer',
    });
  });

  it('when an item has html, then it is reduced to text without its scripts', () => {
    const third = [...parseJsonFeed(fixture('feed.json'), 'feed.json')][2];
    expect(third?.ok && third.documents[0]?.text).toBe('The third story has markup.');
  });

  it('when the feed is a bare array, then each element is an item', () => {
    const results = summarise(parseJsonFeed('[{"text":"One."},{"text":"Two."}]', 'a.json'));
    expect(results).toEqual([
      { ok: true, sources: ['a.json#1'] },
      { ok: true, sources: ['a.json#2'] },
    ]);
  });

  it('when the JSON does not parse, then the whole file is a bad_feed error with the line', () => {
    const [result] = summarise(parseJsonFeed('[\n{"text": "One."},\n{"text" "Two."}\n]', 'a.json'));
    expect(result).toMatchObject({ ok: false, source: 'a.json', reason: 'bad_feed' });
    expect(result && 'message' in result && result.message).toContain('on line 3');
  });

  it('when the JSON is not a feed, then it is unsupported', () => {
    expect(summarise(parseJsonFeed('{"name": "package"}', 'p.json'))[0]).toMatchObject({
      ok: false,
      reason: 'unsupported',
    });
  });

  it('when a field has the wrong type, then the item fails naming the field', () => {
    const [result] = summarise(parseJsonFeed('[{"text": "One.", "date": 2017}]', 'a.json'));
    expect(result).toMatchObject({
      ok: false,
      reason: 'bad_feed_item',
      message: 'a.json#1: item 1: "date" must be text such as 2017-04-11, got a number',
    });
  });

  it('when the feed is empty, then it is an empty error', () => {
    expect(summarise(parseJsonFeed('{"articles": []}', 'a.json'))[0]).toMatchObject({ ok: false, reason: 'empty' });
  });
});

describe('NDJSON feeds', () => {
  it('when one line is not JSON, then it fails with its line number and the other lines load', () => {
    // Act
    const results = summarise(parseNdjsonFeed(fixture('feed.ndjson'), 'feed.ndjson'));
    // Assert
    expect(results).toEqual([
      { ok: true, sources: ['feed.ndjson#1'] },
      {
        ok: false,
        source: 'feed.ndjson#3',
        reason: 'bad_feed_item',
        message: expect.stringMatching(/^feed\.ndjson#3: line 3: not valid JSON/),
      },
      { ok: true, sources: ['feed.ndjson#4'] },
    ]);
  });

  it('when a line is JSON but not an object, then it is a bad item', () => {
    expect(summarise(parseNdjsonFeed('[1, 2]\n', 'f.ndjson'))[0]).toMatchObject({
      ok: false,
      reason: 'bad_feed_item',
      source: 'f.ndjson#1',
    });
  });
});
