/**
 * Where to cut an over-long span of text that must be split without a natural boundary: at the last
 * space before `limit` (so no word is halved), else at `limit` itself, never between the two halves of
 * a surrogate pair (an emoji cut in two is not text). `boundary`, when given, is preferred to a space.
 */
export function cutAt(text: string, from: number, limit: number, boundary?: RegExp): number {
  const floor = from + Math.floor((limit - from) / 2);
  if (boundary) {
    const cut = lastMatchEnd(text, floor, limit, boundary);
    if (cut > floor) return cut;
  }
  for (let i = limit; i > floor; i--) if (/\s/.test(text[i - 1] ?? '')) return i;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/** End of the last match of a global, sticky-free regex that ends within [from, to]. */
function lastMatchEnd(text: string, from: number, to: number, boundary: RegExp): number {
  const re = new RegExp(boundary.source, boundary.flags.includes('g') ? boundary.flags : `${boundary.flags}g`);
  const window = text.slice(from, to);
  let end = -1;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    end = from + m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  return end;
}
