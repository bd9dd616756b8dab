import { describe, expect, it } from 'vitest';
import { quoteContext } from '../../../loaders/write/quote-context.js';

/** The context of the quote that begins with `words` in `text`. */
function contextOf(text: string, words: string): string | null {
  return quoteContext(text, text.indexOf(words));
}

describe('quoteContext', () => {
  it('when a quote opens its sentence, then the sentence before it in the paragraph is its context', () => {
    const text = 'Ana Ruiz, a former U.S. attorney, praised the new shelters. “They save lives,” Ruiz said.';

    expect(contextOf(text, 'They save')).toBe('Ana Ruiz, a former U.S. attorney, praised the new shelters.');
  });

  it('when words come before the quote in its own sentence, then it introduces itself and has no context', () => {
    const text = 'The fund grew. Ana Ruiz said: “They save lives.”';

    expect(contextOf(text, 'They save')).toBeNull();
  });

  it('when earlier quotes of the paragraph come between, then the narrative sentence before them is the context', () => {
    const text =
      'Border Relief Alliance defended the shelters on Monday. “They work,” Ruiz said. “They save lives,” she added.';

    expect(contextOf(text, 'They save')).toBe('Border Relief Alliance defended the shelters on Monday.');
  });

  it("when a quote opens its paragraph after a paragraph ending with a colon, then that paragraph's last sentence is the context", () => {
    const text =
      'The board met.\nIn a statement, Ana Ruiz criticized the detention quotas:\n\n“Quotas do not keep anyone safe.”';

    expect(contextOf(text, 'Quotas do')).toBe('In a statement, Ana Ruiz criticized the detention quotas:');
  });

  it('when a quote opens its paragraph and the paragraph before ends with a full stop, then it has no context', () => {
    const text = 'Ana Ruiz criticized the detention quotas.\n“Quotas do not keep anyone safe,” she said.';

    expect(contextOf(text, 'Quotas do')).toBeNull();
  });

  it('when a paragraph runs on for pages, then the sentence right before the quote is still its context', () => {
    const text = `${'Filler words run on and on. '.repeat(500)}Ana Ruiz praised the shelters. “They save lives,” she said.`;

    expect(contextOf(text, 'They save')).toBe('Ana Ruiz praised the shelters.');
  });
});
