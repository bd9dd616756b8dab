import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../loaders/read/front-matter.js';
import { parseText } from '../../../loaders/read/parse-text.js';
import { ReadError } from '../../../loaders/read/read-error.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/inputs/${name}`, import.meta.url), 'utf8');

function thrown(action: () => unknown): ReadError {
  try {
    action();
  } catch (error) {
    if (error instanceof ReadError) return error;
    throw error;
  }
  throw new Error('expected a ReadError');
}

describe('front matter', () => {
  it('when a Markdown file has a front-matter block, then its fields are the metadata and the rest is the text', () => {
    // Arrange
    const text = fixture('front-matter.md');
    // Act
    const document = parseText(text, 'front-matter.md');
    // Assert
    expect(document).toMatchObject({
      source: 'front-matter.md',
      title: 'Border Arrests Fall in March',
      outlet: 'The Example Ledger',
      url: 'https://news.example.com/2017/04/border-arrests',
      date: '2017-04-11',
      author: 'Jane Reporter',
    });
    expect(document.text).toBe(
      'Border Patrol arrests fell to about 12,500 in March, the lowest monthly figure in years.\n',
    );
  });

  it('when a plain text has no front matter, then the whole text is the document and the title is left null', () => {
    const document = parseText(fixture('plain.txt'), 'plain.txt');
    expect(document.text).toBe(fixture('plain.txt'));
    expect(document.title).toBeNull();
  });

  it('when the YAML is malformed, then it is a bad_front_matter error naming the file line', () => {
    const error = thrown(() => splitFrontMatter(fixture('bad-front-matter.md'), 'bad-front-matter.md'));
    expect(error.reason).toBe('bad_front_matter');
    expect(error.message).toMatch(/^bad-front-matter\.md: bad front matter on line [34]: /);
    expect(error.line === 3 || error.line === 4).toBe(true);
  });

  it('when a field has the wrong type, then the error names the field and its line', () => {
    const error = thrown(() => splitFrontMatter('---\ntitle: T\noutlet:\n  name: X\n---\nBody', 'x.md'));
    expect(error.reason).toBe('bad_front_matter');
    expect(error.message).toBe('x.md: bad front matter on line 3: "outlet" must be text, got an object');
  });

  it('when the url is not a web address, then it is refused', () => {
    const error = thrown(() => splitFrontMatter('---\nurl: javascript:alert(1)\n---\nBody', 'x.md'));
    expect(error.message).toContain('"url" must be an http(s) URL');
  });

  it('when the block is never closed, then the error points at line 1', () => {
    const error = thrown(() => splitFrontMatter('---\ntitle: T\nBody without end', 'x.md'));
    expect(error.reason).toBe('bad_front_matter');
    expect(error.line).toBe(1);
  });

  it('when the block is not a mapping, then it is refused', () => {
    const error = thrown(() => splitFrontMatter('---\n- a\n- b\n---\nBody', 'x.md'));
    expect(error.message).toContain('expected "key: value" lines');
  });

  it('when the date is written out in words, then it becomes an ISO date', () => {
    const { fields } = splitFrontMatter('---\ndate: April 11, 2017\n---\nBody', 'x.md');
    expect(fields.date).toBe('2017-04-11');
  });

  it('when there are several authors, then they are joined into one field', () => {
    const { fields } = splitFrontMatter('---\nauthor: [Ann One, Bob Two]\n---\nBody', 'x.md');
    expect(fields.author).toBe('Ann One, Bob Two');
  });

  it('when nothing follows the block, then it is an empty error', () => {
    const error = thrown(() => parseText('---\ntitle: T\n---\n\n  \n', 'x.md'));
    expect(error.reason).toBe('empty');
  });
});
