import type { Evidence } from '../extraction.js';
import type { ArticleContext } from './article-context.js';
import type { EntityIndex } from './entity-index.js';
import { evidenceAt } from './evidence.js';
import { ROLE_HEADS, TITLE_ORGANIZATIONS } from './gazetteer/titles.js';
import type { Token } from './text/tokens.js';

export interface RoleDraft {
  /** Empty for a bare affiliation ("of the Migration Policy Institute"). */
  readonly title: string;
  readonly organization: string | null;
  readonly orgFromText: boolean;
  readonly former: boolean;
  readonly evidence: Evidence;
}

const STOP_WORDS = new Set(['who', 'which', 'that', 'said', 'says', 'during', 'when', 'while', 'told', 'according', 'after', 'before', 'since', 'in', 'on']);

/**
 * Roles and affiliations written after a name: an appositive (", former assistant U.S. attorney and
 * acting ICE director during …") or "of/at/with the Migration Policy Institute".
 */
export function findRoles(ctx: ArticleContext, toks: readonly Token[], after: number, end: number, entities: EntityIndex): RoleDraft[] {
  const next = toks[after];
  if (!next) return [];
  if (/^(?:of|at|with|from)$/.test(next.text)) {
    let k = after + 1;
    if (toks[k]?.text.toLowerCase() === 'the') k++;
    const t = toks[k];
    const org = t ? entities.at(t.start, ['organization']) : undefined;
    if (org && t) return [{ title: '', organization: org.name, orgFromText: true, former: false, evidence: evidenceAt(ctx, next.start, org.end, 0.7) }];
    return [];
  }
  if (next.text !== ',') return [];
  let k = after + 1;
  const from = k;
  while (k < end) {
    const t = toks[k];
    if (!t || [',', '.', ';', '—', '–', ')', '(', ':'].includes(t.text) || STOP_WORDS.has(t.text.toLowerCase())) break;
    k++;
  }
  if (k === from || k - from > 14) return [];
  const first = toks[from];
  const last = toks[k - 1];
  if (!first || !last) return [];
  const phrase = ctx.text.slice(first.start, last.end);
  const out: RoleDraft[] = [];
  let offset = first.start;
  for (const part of phrase.split(/\s+and\s+/)) {
    const start = ctx.text.indexOf(part, offset);
    offset = start + part.length;
    const clean = part.replace(/^(?:a|an|the)\s+/i, '').trim();
    const words = clean.toLowerCase().split(/\s+/);
    if (!words.some((w) => ROLE_HEADS.has(w.replace(/[^a-z-]/g, '')))) continue;
    const org = entities.within(start, start + part.length, ['organization'])[0];
    const former = /^former\b/i.test(clean);
    const core = clean.replace(/^(?:former|acting|then)\s+/i, '').toLowerCase();
    out.push({
      title: clean,
      organization: org?.name ?? TITLE_ORGANIZATIONS[core] ?? null,
      orgFromText: !!org,
      former,
      evidence: evidenceAt(ctx, start, start + part.length, 0.75),
    });
  }
  return out;
}
