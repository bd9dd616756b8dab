import type { Evidence, PlaceItem, PlaceKind } from '../extraction.js';
import type { Extractor } from './extractor.js';
import { evidenceAt } from './evidence.js';
import { PLACE_TRIE } from '../gazetteer/place-index.js';

const BORDER_RE =
  /\b(?:the )?((?:U\.S\.|US|United States|[A-Z][a-z]+)[-–](?:Mexico|Mexican|Canada|Canadian|U\.S\.|US)) border\b/g;

const COUNTRY_SPELLINGS: Readonly<Record<string, string>> = {
  US: 'U.S.',
  'United States': 'U.S.',
  Mexican: 'Mexico',
  Canadian: 'Canada',
};

/** "US-Mexico border", "United States-Mexican border" and "U.S.-Mexico border" are one place. */
function borderName(sides: string): string {
  return `${sides
    .split(/[-–]/)
    .map((side) => COUNTRY_SPELLINGS[side] ?? side)
    .join('-')} border`;
}

/** Places from the gazetteer, plus the "X-Mexico border" shape it cannot list. */
export const placesExtractor: Extractor = {
  name: 'places',
  extract(ctx) {
    const found = new Map<string, { kind: PlaceKind; evidence: Evidence[] }>();
    const covered: Array<[number, number]> = [];
    const add = (name: string, kind: PlaceKind, start: number, end: number): void => {
      if (ctx.furnitureAt(start) !== null) return;
      let p = found.get(name);
      if (!p) found.set(name, (p = { kind, evidence: [] }));
      p.evidence.push(evidenceAt(ctx, start, end, 0.9));
      covered.push([start, end]);
    };
    for (const m of ctx.text.matchAll(BORDER_RE)) {
      const sides = m[1] ?? '';
      const start = (m.index ?? 0) + m[0].indexOf(sides);
      add(borderName(sides), 'region', start, start + sides.length + ' border'.length);
    }
    for (const m of PLACE_TRIE.scan(ctx.tokens)) {
      const first = ctx.tokens[m.from];
      const last = ctx.tokens[m.to - 1];
      const entry = m.values[0];
      if (!first || !last || !entry || covered.some(([s, e]) => first.start < e && s < last.end)) continue;
      add(entry.name, entry.kind, first.start, last.end);
    }
    const places: PlaceItem[] = [...found.entries()].map(([name, p]) => ({ name, kind: p.kind, evidence: p.evidence }));
    return { places };
  },
};
