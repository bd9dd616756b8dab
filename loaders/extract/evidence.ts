import type { Evidence } from '../extraction.js';
import type { ArticleContext } from './article-context.js';

export function evidenceAt(ctx: ArticleContext, start: number, end: number, confidence: number): Evidence {
  const s = ctx.sentenceAt(start);
  const e = ctx.sentenceAt(Math.max(start, end - 1));
  const from = s ? Math.min(s.start, start) : start;
  const to = e ? Math.max(e.end, end) : end;
  return { start, end, sentence: ctx.text.slice(from, to), confidence };
}
