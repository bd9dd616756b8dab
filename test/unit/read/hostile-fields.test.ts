import { describe, expect, it } from 'vitest';
import { parseFeedItem } from '../../../loaders/read/parse-feed-item.js';
import { parseHtml } from '../../../loaders/read/parse-html.js';
import { ReadError } from '../../../loaders/read/read-error.js';

describe('fields that would not survive storage or rendering', () => {
  it('when a feed item holds half of a surrogate pair, then it fails naming the field and where, and whole pairs pass', () => {
    const broken = () =>
      parseFeedItem({ title: 'T', text: 'Thirty arrests \ud800 counted.' }, 'feed.ndjson#4', 'line 4', 4);

    expect(broken).toThrow(ReadError);
    expect(broken).toThrow(
      'feed.ndjson#4: line 4: "text" holds half of a UTF-16 surrogate pair (\\ud800) at character 16, which encodes no character',
    );
    expect(() => parseFeedItem({ title: '\udc00', text: 'x' }, 'f#1', 'line 1')).toThrow(
      '"title" holds half of a UTF-16 surrogate pair (\\udc00) at character 1',
    );
    expect(parseFeedItem({ title: 'Fine 😀', text: 'Whole pairs 𝕿 pass.' }, 'f#1', 'line 1').text).toBe(
      'Whole pairs 𝕿 pass.',
    );
  });

  it('when a page puts markup in its <title> or meta content, then only the words are kept', () => {
    const page = parseHtml(
      `<html><head><title>Raids <script>alert("x")</script><img src=x onerror=alert(1)> in Houston</title>
       <meta name="author" content="Dana Reyes<script>alert(2)</script>"></head><body><p>Text of the article.</p></body></html>`,
    );

    expect(page.fields.title).toBe('Raids in Houston');
    expect(page.fields.author).toBe('Dana Reyes');
  });

  it('when a title only uses "<" as a sign, then it is kept as written', () => {
    const page = parseHtml(
      '<html><head><title>Fewer than 5 < 6 & rising</title></head><body><p>Text.</p></body></html>',
    );

    expect(page.fields.title).toBe('Fewer than 5 < 6 & rising');
  });
});
