import type { ArticleContext } from './article-context.js';
import type { EntityIndex } from './entity-index.js';
import { evidenceAt } from './evidence.js';
import { HONORIFICS, TITLE_EXPANSIONS, TITLE_ORGANIZATIONS } from '../gazetteer/titles.js';
import type { RoleDraft } from './person-roles.js';
import type { TitleMatch } from './person-titles.js';
import type { Token } from '../text/tokens.js';

/**
 * The role a title before a name gives ("ICE Deputy Director Ana Ruiz"): the body named in the title,
 * else the one the title itself stands for ("Attorney General"). Courtesy titles give none.
 */
export function roleFromTitle(
  ctx: ArticleContext,
  title: TitleMatch,
  toks: readonly Token[],
  entities: EntityIndex,
): RoleDraft | null {
  const core = title.core.replace(/^(?:former|acting|then)[\s-]+/i, '');
  const key = core.toLowerCase();
  if (HONORIFICS.has(key)) return null;
  const first = toks[title.from];
  const last = toks[title.to - 1];
  if (!first || !last) return null;
  // "ICE Deputy Director", "Pentagon press secretary": the body named in the title is the one served.
  const orgs = entities.within(first.start, last.end, ['organization']);
  const org = orgs[orgs.length - 1];
  const byTitle = isStateOffice(toks[title.from - 1], key, entities) ? null : (TITLE_ORGANIZATIONS[key] ?? null);
  const written = org ? title.text.replace(/^(?:former|then)[\s-]+/i, '') : (TITLE_EXPANSIONS[key] ?? core);
  return {
    title: title.former ? `former ${written}` : written,
    organization: org?.name ?? byTitle,
    former: title.former,
    evidence: evidenceAt(ctx, first.start, last.end, 0.85),
  };
}

/** Titles that states have too: "Texas Attorney General" is not the U.S. one the bare title stands for. */
const STATE_OFFICES = new Set([
  'attorney general',
  'atty. gen.',
  'deputy attorney general',
  'assistant attorney general',
  'solicitor general',
  'secretary of state',
]);

function isStateOffice(before: Token | undefined, key: string, entities: EntityIndex): boolean {
  if (!before) return false;
  if (before.text.toLowerCase() === 'state') return true;
  if (!STATE_OFFICES.has(key)) return false;
  const place = entities.at(before.start, ['place']);
  return !!place && place.name !== 'United States';
}
