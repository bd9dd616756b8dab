import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../loaders/extract/extract-article.js';
import type { Extraction } from '../../../loaders/extraction.js';

// Text the extractor must survive: it either extracts what is there or nothing, never throws, and every
// offset it reports points inside the text.
const HOSTILE: [string, string][] = [
  [
    'an unclosed quotation mark',
    'Officials Speak\n\nThe director said, “We will never stop enforcing the law and nobody can make us',
  ],
  [
    'unbalanced quotation marks',
    'Title\n\n”Backwards quote,“ he said. "Straight and “curly” mixed." said Sen. Ann Briggs.',
  ],
  [
    'numbers that are not figures',
    'Numbers\n\nThe codes were 1,2,3,4 and 10e9999 and 1e308 and 0x1F and 99999999999999999999999 cases.',
  ],
  [
    'naughty strings',
    "Naughty\n\n\u202Etxet desrever\u202C, null\u0000byte, 𝕿𝖍𝖊 DHS said “ok” — ﷽ and 👩‍👩‍👧 and Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇ and '; DROP TABLE x; --",
  ],
  ['markup in text', 'Markup\n\n<script>alert(1)</script> The ICE spokesperson said, "<img src=x onerror=alert(1)>."'],
  ['one very long line', `Long\n\n${'ICE arrested more than 1,000 people. '.repeat(20_000)}`],
  ['only punctuation', '“”‘’"\'—–-…!?.,;:()[]{}'],
];

function offsetsInside(x: Extraction, length: number): boolean {
  const spans = [
    ...x.people.flatMap((p) => p.evidence),
    ...x.organizations.flatMap((o) => o.evidence),
    ...x.statistics.map((s) => s.evidence),
    ...x.quotes.map((q) => q.evidence),
    ...x.claims.map((q) => q.evidence),
  ];
  return spans.every((e) => e.start >= 0 && e.end <= length && e.start <= e.end);
}

describe('hostile article text', () => {
  it.each(HOSTILE)('when the text has %s, then extraction completes with offsets inside the text', (_kind, text) => {
    const extraction = extractArticle({ source: 'hostile.txt', text });

    expect(offsetsInside(extraction, text.length)).toBe(true);
    for (const s of extraction.statistics) if (s.value !== null) expect(Number.isFinite(s.value)).toBe(true);
  });

  it('when numbers overflow or are lists of digits, then none becomes an infinite or huge figure', () => {
    const extraction = extractArticle({ source: 'n.txt', text: HOSTILE[2]![1] });

    expect(extraction.statistics.map((s) => s.value)).not.toContain(Infinity);
    expect(extraction.statistics.every((s) => s.value === null || s.value < 1e15)).toBe(true);
  });
});
