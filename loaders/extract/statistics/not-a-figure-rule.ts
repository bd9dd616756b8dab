/**
 * A number met in a sentence, with a few characters either side: all a not-a-figure rule may read. The
 * windows are bounded so that each rule costs the same however long the sentence is.
 */
export interface NumberInContext {
  /** The digits as written ("6,200", "287"), or the number word ("seven"). */
  readonly raw: string;
  readonly value: number;
  /** Up to BEFORE characters before the number (before its "$") and AFTER after it (after its scale and "%"). */
  readonly before: string;
  readonly after: string;
  /** Said with "$", a scale word, "%" or a decimal part: marks of an amount that labels never carry. */
  readonly marked: boolean;
  /** Preceded by a qualifier ("more than 2024" is an amount, "in 2024" a year). */
  readonly qualified: boolean;
  /** Written out as a word ("seven"). */
  readonly spelled: boolean;
}

/** One kind of number that is not an amount: every rule has this shape and they run from one list. */
export interface NotAFigureRule {
  readonly name: string;
  matches(n: NumberInContext): boolean;
}

/**
 * The longest words a rule looks back on are a label or a state ("Proposition", "North Carolina, "); ahead,
 * a street name ("500 North Martin Luther King Blvd"). Rules anchored at the end of `before` are tried at
 * each of its characters, so it is kept short.
 */
export const BEFORE = 16;
export const AFTER = 48;
