import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../loaders/read/detect-format.js';
import { parseDocuments } from '../../loaders/read/parse-documents.js';
import { REPO_ROOT } from '../support/load-articles.js';

const fixture = (name: string) => readFileSync(path.join(REPO_ROOT, 'test/fixtures/feeds', name), 'utf8');
const read = (text: string, name: string) => [...parseDocuments(text, detectFormat(name, text), name)];

describe('RSS and Atom feeds', () => {
  it('when an RSS 2.0 feed is read, then each item is an article with its own title, link, date, author and full content', () => {
    const [first, second] = read(fixture('border-desk.rss'), 'border-desk.rss');

    expect(first).toEqual({
      ok: true,
      documents: [
        {
          source: 'border-desk.rss#1',
          title: 'Judge Halts Detention Expansion',
          url: 'https://border-desk.example.org/2024/03/judge-halts',
          outlet: 'Border Desk Daily',
          date: '2024-03-05T14:30:00.000Z',
          author: 'Ana Ruiz',
          text: expect.stringContaining('“This order protects families,” said Maria Gonzalez'),
        },
      ],
    });
    expect(first!.ok && first!.documents[0]!.text).not.toContain('alert');
    expect(second).toMatchObject({
      ok: true,
      documents: [
        { source: 'border-desk.rss#2', author: 'Tom Baker', text: expect.stringContaining('more than 1,200 people') },
      ],
    });
  });

  it('when an RSS item has nothing to read or a bad link, then that item fails alone with a reason that names it', () => {
    const results = read(fixture('border-desk.rss'), 'border-desk.rss');

    expect(results.map((r) => r.ok)).toEqual([true, true, false, false]);
    expect(results[2]).toMatchObject({
      ok: false,
      error: {
        reason: 'bad_feed_item',
        message:
          'border-desk.rss#3: item 3 ("An item with nothing to read"): has no <description> or <content:encoded> to read',
      },
    });
    expect(results[3]).toMatchObject({
      ok: false,
      error: {
        reason: 'bad_feed_item',
        message: 'border-desk.rss#4: item 4: "url" must be an http(s) URL, got a javascript: URL',
      },
    });
  });

  it('when an Atom feed is read, then entries take the alternate link, the published date, every author and the content over the summary', () => {
    const [first, second] = read(fixture('policy-watch.atom'), 'policy-watch.atom');

    expect(first).toMatchObject({
      ok: true,
      documents: [
        {
          source: 'policy-watch.atom#1',
          title: 'New Memo on Asylum Interviews',
          url: 'https://policy-watch.example.net/asylum-memo',
          outlet: 'Policy Watch',
          date: '2024-04-01T08:00:00Z',
          author: 'Lena Park, Omar Haddad',
          text: 'The Department of Homeland Security issued a memo on asylum interviews on Monday.',
        },
      ],
    });
    expect(second).toMatchObject({
      ok: true,
      documents: [{ date: '2024-04-03T12:00:00Z', author: null, text: 'The court scheduled a hearing for May 3.' }],
    });
  });

  it('when XML is not a feed or has no items, then it is refused with what was found', () => {
    expect(read('<?xml version="1.0"?><catalog><book/></catalog>', 'books.xml')).toMatchObject([
      {
        ok: false,
        error: {
          reason: 'unsupported',
          message: 'books.xml: not an RSS or Atom feed: the first element is <catalog>, not <rss> or <feed>',
        },
      },
    ]);
    expect(read('<rss version="2.0"><channel><title>Quiet</title></channel></rss>', 'quiet.rss')).toMatchObject([
      { ok: false, error: { reason: 'empty', message: 'quiet.rss: the feed has no items' } },
    ]);
  });

  it('when a feed comes without a telling name (standard input), then it is recognised by its first element', () => {
    expect(detectFormat(null, '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe('feed');
    expect(detectFormat(null, '<rss version="2.0">')).toBe('feed');
    expect(detectFormat(null, '<!doctype html><html>')).toBe('html');
  });
});
