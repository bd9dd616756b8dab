const NAMED_AFTER_RE = /^\s*,?\s*(?:known as|called|dubbed|named)\s/i;

/** "a pandemic-era rule known as Title 42": the words after a generic policy give its name, the policy. */
export function isNamedAfter(text: string, at: number): boolean {
  return NAMED_AFTER_RE.test(text.slice(at, at + 16));
}
