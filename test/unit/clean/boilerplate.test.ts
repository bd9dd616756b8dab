import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../loaders/clean/clean-article.js';
import type { BoilerplateKind } from '../../../loaders/extraction.js';

function kindsOf(text: string): Array<[BoilerplateKind, string]> {
  return cleanArticle({ source: 't.txt', text }).boilerplate.map((b) => [b.kind, text.slice(b.start, b.end)]);
}

const BODY =
  'The agency said on Monday that it would expand detention capacity across the country, officials told reporters in a briefing that lasted an hour.';

describe('boilerplate', () => {
  it('when a caption ends with a bracketed photo credit, then the caption and the credit are furniture', () => {
    const text = `Headline About Border\n\nMigrants wait near the wall in El Paso. (Jane Doe/Reuters)\n\n${BODY}`;
    expect(kindsOf(text)).toEqual([
      ['caption', 'Migrants wait near the wall in El Paso. '],
      ['photo-credit', '(Jane Doe/Reuters)'],
    ]);
  });

  it('when a caption ends with a bare "Name/Agency" credit, then the credit is found', () => {
    const text = `Headline About Border\n\n${BODY}\n\nAgents patrol the river near Laredo, Texas. Carlos Lopez/AFP\n\n${BODY.replace('Monday', 'Tuesday')}`;
    expect(kindsOf(text)).toContainEqual(['photo-credit', 'Carlos Lopez/AFP']);
  });

  it('when a newsletter prompt and navigation appear, then both are furniture', () => {
    const text = `Skip to content\n\nHeadline About Border\n\n${BODY}\n\nSign up for our Morning Brief newsletter and get the news in your inbox.`;
    const kinds = kindsOf(text).map(([k]) => k);
    expect(kinds).toEqual(['navigation', 'newsletter-prompt']);
  });

  it('when an editor signs a donation appeal, then every paragraph of the appeal is furniture', () => {
    const text = `Headline About Border\n\n${BODY}\n\nWe can only do this work because readers like you support it.\n\nPlease make a tax-deductible donation of $25 today.\n\nSigned by Pat Editor\n\nPat Editor, Editor-in-Chief`;
    const kinds = kindsOf(text);
    expect(kinds.map(([k]) => k)).toEqual(['donation-appeal', 'donation-appeal', 'donation-appeal', 'donation-appeal']);
    expect(kinds.some(([, t]) => t.includes('The agency said'))).toBe(false);
  });

  it('when a "Related" heading is followed by headlines, then the whole list is furniture', () => {
    const text = `Headline About Border\n\n${BODY}\n\nRelated Stories\n\nSenate passes bill\n\nCourt rules on asylum`;
    expect(kindsOf(text)).toEqual([
      ['related-links', 'Related Stories\n\nSenate passes bill\n\nCourt rules on asylum'],
    ]);
  });

  it('when a paragraph is printed twice, then the second copy is a duplicate', () => {
    const text = `Headline About Border\n\n${BODY}\n\nAnother paragraph about courts and judges with enough words in it.\n\n${BODY}`;
    const dups = kindsOf(text).filter(([k]) => k === 'duplicate-paragraph');
    expect(dups).toHaveLength(1);
    expect(text.lastIndexOf(BODY)).toBeGreaterThan(text.indexOf(BODY));
  });

  it('when a quoted deck under the title repeats a body quote, then the deck is furniture', () => {
    const text = `Headline About Border\n\n‘We will not back down.’\n\n“We will not back down,” the secretary said at a news conference on Tuesday in the capital.`;
    expect(kindsOf(text)).toEqual([['deck', '‘We will not back down.’']]);
  });

  it('when cleaning, then the text itself is left untouched', () => {
    const text = `Skip to content\n\nHeadline About Border\n\n${BODY}`;
    const doc = { source: 't.txt', text };
    cleanArticle(doc);
    expect(doc.text).toBe(text);
  });

  it('when a caption ends with a "[File: Name/Agency]" credit, then the caption and the credit are furniture', () => {
    const text = `Headline About Border\n\nA family waits at the bridge in Laredo, Texas, on Monday [File: Ana Ruiz/Reuters]\n\n${BODY}`;
    expect(kindsOf(text)).toEqual([
      ['caption', 'A family waits at the bridge in Laredo, Texas, on Monday '],
      ['photo-credit', '[File: Ana Ruiz/Reuters]'],
    ]);
  });

  it('when a credit names an agency and a picture library ("AFP/Getty Images"), then it is one credit', () => {
    const text = `Headline About Border\n\n(Photo by Lee Park / AFP/Getty Images)\n\n${BODY}`;
    expect(kindsOf(text)).toEqual([['photo-credit', '(Photo by Lee Park / AFP/Getty Images)']]);
  });

  it('when bylines stand above the story, then they are furniture and a subheading is not', () => {
    const text = `Headline About Border\n\nBy Ana Ruiz and Lee Park | Border Desk\n\nMaria Lopez\n\nTom Reyes | May 4, 2024 | 3:21pm EDT\n\nBorder Crossings Fall\n\n${BODY} Arrests at the border fell for a third month, the figures showed.`;
    expect(kindsOf(text)).toEqual([
      ['byline', 'By Ana Ruiz and Lee Park | Border Desk'],
      ['byline', 'Maria Lopez'],
      ['byline', 'Tom Reyes | May 4, 2024 | 3:21pm EDT'],
    ]);
  });

  it('when the story opens with its outlet in brackets and a dash, then that credit is a dateline', () => {
    const text = `Headline About Border\n\n(BorderWire.com) – ${BODY}`;
    expect(kindsOf(text)).toEqual([['dateline', '(BorderWire.com) – ']]);
  });

  it('when a press release lists its contacts, then the heading and the contact lines are furniture', () => {
    const text = `Headline About Border\n\nFor Immediate Release\n\nContacts:\nNora Vidal, Border Relief Alliance, nora@example.org\n\n${BODY}`;
    expect(kindsOf(text).filter(([k]) => k === 'contact')).toEqual([
      ['contact', 'Contacts:'],
      ['contact', 'Nora Vidal, Border Relief Alliance, nora@example.org'],
    ]);
  });

  it('when a story ends with wire sign-offs, then they are bylines', () => {
    const text = `Headline About Border\n\n${BODY}\n\nReporting by Ana Ruiz in Mexico City; Editing by Lee Park\n\nTom Reyes contributed to this report.\n\nFollow Maria Lopez on X.`;
    expect(kindsOf(text)).toEqual([
      ['byline', 'Reporting by Ana Ruiz in Mexico City; Editing by Lee Park'],
      ['byline', 'Tom Reyes contributed to this report.'],
      ['byline', 'Follow Maria Lopez on X.'],
    ]);
    expect(
      kindsOf(`Headline About Border\n\n${BODY}\n\nResearch by the Cato Institute found most had no record.`),
    ).toEqual([]);
  });
});
