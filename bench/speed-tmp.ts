import { readFileSync, readdirSync } from 'node:fs';
import { generateArticle } from './generator/generate-article.js';
import { extractArticle } from '../loaders/extract/extract-article.js';
const seeds = readdirSync('corpus/seeds').map(f => readFileSync(`corpus/seeds/${f}`, 'utf8'));
const gen = Array.from({ length: 300 }, (_, i) => generateArticle(1, i).text);
for (const [name, docs] of [['seeds', seeds], ['gen', gen]] as const) {
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now(); let n = 0; let chars = 0;
    while (performance.now() - t0 < 3000) { for (const d of docs) { extractArticle({ source: 'a.txt', text: d }); n++; chars += d.length; } }
    const s = (performance.now() - t0) / 1000;
    console.log(name, Math.round(n / s), 'art/s', Math.round(chars / s / 1000), 'kchar/s');
  }
}
