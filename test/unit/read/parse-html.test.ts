import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../loaders/read/parse-html.js';
import { parseHtmlDocument } from '../../../loaders/read/parse-html-document.js';
import { MAX_HTML_DEPTH } from '../../../loaders/read/parse-html-tree.js';
import { ReadError } from '../../../loaders/read/read-error.js';

const page = readFileSync(new URL('../../fixtures/inputs/page.html', import.meta.url), 'utf8');

function thrownBy(action: () => unknown): ReadError {
  try {
    action();
  } catch (error) {
    if (error instanceof ReadError) return error;
    throw error;
  }
  throw new Error('expected a ReadError');
}

describe('parseHtml', () => {
  it('when a page has scripts, handlers, navigation and chrome, then none of it reaches the text', () => {
    // Act
    const { text } = parseHtml(page);
    // Assert
    for (const marker of [
      'SCRIPT_MARKER',
      'STYLE_MARKER',
      'ONLOAD_MARKER',
      'HEADER_MARKER',
      'NAV_MARKER',
      'COMMENT_MARKER',
      'ASIDE_MARKER',
      'NOSCRIPT_MARKER',
      'FORM_MARKER',
      'IFRAME_MARKER',
      'SVG_MARKER',
      'FOOTER_MARKER',
    ]) {
      expect(text).not.toContain(marker);
    }
    expect(text).not.toMatch(/onclick|onload|steal\(|document\.cookie|<script|<\/script/i);
  });

  it('when a page has an article, then its paragraphs become the text with entities decoded', () => {
    const { text } = parseHtml(page);
    expect(text).toContain(
      'Attorney General Jeff Sessions on Tuesday told federal prosecutors to make immigration offenses a “higher priority” & to charge more cases.',
    );
    expect(text).toContain('“This is a new era,” Sessions said in Nogales, Arizona.\nHe spoke at the border.');
    expect(text).toContain('\n\nFirst point\n\nSecond point\n\n');
    expect(text.startsWith('Sessions Directs Prosecutors to Focus on Immigration Crimes\n\n')).toBe(true);
  });

  it('when tags were written as entities, then they do not come back as markup', () => {
    const { text } = parseHtml(page);
    expect(text).toContain('Written as text: alert("ESCAPED_TAG_TEXT") stays inert.');
  });

  it('when a page has Open Graph and article meta tags, then they become the metadata', () => {
    const { fields } = parseHtml(page);
    expect(fields).toEqual({
      title: 'Sessions Directs Prosecutors to Focus on Immigration Crimes',
      outlet: 'The Example Times',
      url: 'https://times.example.com/2017/04/11/sessions-prosecutors',
      date: '2017-04-11T14:30:00Z',
      author: 'Pat Writer',
    });
  });

  it('when meta tags are missing, then title, date and url fall back to <title>, <time> and og:url', () => {
    const html =
      '<html><head><title>Plain Title</title><meta property="og:url" content="https://x.example/a"></head><body><main><p>Body.</p><time datetime="2020-02-03">Feb 3</time></main></body></html>';
    const { fields } = parseHtml(html);
    expect(fields).toMatchObject({
      title: 'Plain Title',
      date: '2020-02-03',
      url: 'https://x.example/a',
      outlet: null,
      author: null,
    });
  });

  it('when there is no <title>, then the first <h1> is the title', () => {
    expect(parseHtml('<body><h1>Heading &amp; Title</h1><p>Text.</p></body>').fields.title).toBe('Heading & Title');
  });

  it('when the canonical link is a javascript: URL, then it is not taken as the url', () => {
    const { fields } = parseHtml(
      '<head><link rel="canonical" href="javascript:alert(1)"></head><body><p>Text.</p></body>',
    );
    expect(fields.url).toBeNull();
  });

  it('when there is no <article>, then <main> is preferred over the rest of <body>', () => {
    const { text } = parseHtml('<body><div>Sidebar promo</div><main><p>Main story.</p></main></body>');
    expect(text).toBe('Main story.');
  });

  it('when a page has several <article>s, then the largest one is the body', () => {
    const html =
      '<body><article><p>Teaser.</p></article><article><p>The real story is longer than the teaser.</p></article></body>';
    expect(parseHtml(html).text).toBe('The real story is longer than the teaser.');
  });

  it('when text is preformatted, then its line breaks are kept', () => {
    expect(parseHtml('<body><pre>a  b\nc</pre></body>').text).toBe('a  b\nc');
  });

  it('when hidden elements are present, then their text is dropped', () => {
    expect(parseHtml('<body><p>Seen.</p><p hidden>Unseen.</p><div style="display: none">Gone.</div></body>').text).toBe(
      'Seen.',
    );
  });

  it('when a page has no text at all, then it is an empty error', () => {
    // Act
    const error = thrownBy(() =>
      parseHtmlDocument('<html><body><script>x()</script><nav>Menu</nav></body></html>', 'p.html'),
    );
    // Assert
    expect(error.reason).toBe('empty');
    expect(error.message).toMatch(/^p\.html: the page has no article text/);
  });

  it('when markup is nested absurdly deep, then the page is refused quickly instead of parsed for minutes', () => {
    // Arrange
    const html = `<body>${'<div>'.repeat(200_000)}deep${'</div>'.repeat(200_000)}</body>`;
    const started = performance.now();
    // Act
    const error = thrownBy(() => parseHtmlDocument(html, 'deep.html'));
    // Assert
    expect(error.reason).toBe('unsupported');
    expect(error.message).toBe(`deep.html: HTML nested deeper than ${MAX_HTML_DEPTH} elements`);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('when markup is nested to an ordinary depth, then it is read', () => {
    const html = `<body>${'<div>'.repeat(200)}deep${'</div>'.repeat(200)}</body>`;
    expect(parseHtmlDocument(html, 'ok.html').text).toBe('deep');
  });
});
