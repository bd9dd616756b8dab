import type { Span } from '../extraction.js';

export interface QuoteSpan {
  /** Offsets of the quoted words, without the marks. */
  readonly inner: Span;
  /** Offsets including the marks (or up to the paragraph end when the quote runs on). */
  readonly outer: Span;
  /** The quote was not closed in its paragraph: it continues in the next one (newspaper convention). */
  readonly runsOn: boolean;
}

/**
 * Finds quotations inside one paragraph. Curly double quotes pair by direction; straight double quotes
 * pair in order; curly single quotes count only when no double quotes are used and the opener starts a
 * word (an apostrophe never opens).
 */
export function findQuotes(text: string, start: number, end: number): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const body = text.slice(start, end);
  const hasDouble = /[“”"]/.test(body);
  if (hasDouble) {
    let open = -1;
    for (let i = start; i < end; i++) {
      const c = text[i];
      if (c === '“' || (c === '"' && open < 0)) {
        if (open < 0) open = i;
        else open = i; // a stray opener restarts the quote
      } else if ((c === '”' || c === '"') && open >= 0) {
        push(out, text, open, i, false);
        open = -1;
      }
    }
    if (open >= 0) push(out, text, open, end, true);
    return out;
  }
  const re = /(^|[\s(—–-])‘([^’]*(?:’(?=\p{L})[^’]*)*)’(?=$|[\s,.;:!?)—–-])/gu;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const lead = (m[1] ?? '').length;
    const o = start + m.index + lead;
    const c = o + 1 + (m[2] ?? '').length;
    push(out, text, o, c, false);
  }
  return out;
}

function push(out: QuoteSpan[], text: string, open: number, close: number, runsOn: boolean): void {
  let s = open + 1;
  let e = close;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  if (e <= s) return;
  out.push({ inner: { start: s, end: e }, outer: { start: open, end: runsOn ? close : close + 1 }, runsOn });
}
