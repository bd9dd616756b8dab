import { generateArticle } from './generator/generate-article.js';
import { extractArticle } from '../loaders/extract/extract-article.js';
import { articleId } from '../loaders/write/ids.js';
const n = Number(process.argv[2] ?? 500);
const ids = new Set<string>(); let len = 0; const c = { p: 0, o: 0, pl: 0, po: 0, s: 0, q: 0, cl: 0, anon: 0, empty: 0 };
const personCount = new Map<string, number>();
let t = 0;
for (let i = 0; i < n; i++) {
  const a = generateArticle(1, i); ids.add(articleId(a.text)); len += a.text.length;
  const t0 = performance.now(); const x = extractArticle({ source: `${i}.txt`, text: a.text }); t += performance.now() - t0;
  c.p += x.people.length; c.o += x.organizations.length; c.pl += x.places.length; c.po += x.policies.length; c.s += x.statistics.length; c.q += x.quotes.length; c.cl += x.claims.length;
  c.anon += x.quotes.filter(q => q.speakerKind === 'anonymous_source').length;
  if (!x.people.length || !x.quotes.length || !x.statistics.length || !x.organizations.length) { c.empty++; if (c.empty < 3) console.log(i, x.people.length, x.quotes.length, x.statistics.length, x.organizations.length); }
  for (const p of x.people) personCount.set(p.name, (personCount.get(p.name) ?? 0) + 1);
}
console.log({ n, distinct: ids.size, avgLen: Math.round(len / n), perArticle: Object.fromEntries(Object.entries(c).map(([k, v]) => [k, +(v / n).toFixed(2)])), extractPerSec: Math.round(n / (t / 1000)) });
const sorted = [...personCount.entries()].sort((a, b) => b[1] - a[1]);
console.log('distinct people', sorted.length, 'top', sorted.slice(0, 12), 'in1', sorted.filter(e => e[1] === 1).length, 'in<=2', sorted.filter(e => e[1] <= 2).length);
