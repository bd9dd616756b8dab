import type { PolicyItem } from '../extraction.js';
import type { ArticleContext } from './article-context.js';
import type { EntityIndex } from './entity-index.js';
import { evidenceAt } from './evidence.js';
import type { Extractor } from './extractor.js';
import { dateOf } from './policies/policy-date.js';
import { issuerOf } from './policies/policy-issuer.js';
import type { PolicyHit } from './policies/policy-rule.js';
import { POLICY_RULES } from './policies/policy-rules.js';
import { buildSpeakerMentions, type SpeakerMention } from './attribution/speaker-mentions.js';
import type { Sentence } from '../text/sentences.js';

/**
 * Policies named or described in the article's prose, each with who issued it and when: the rules of
 * `policies/policy-rules.ts` read each sentence, the first rule to claim words names the policy, and a
 * policy met again (same name or same key) is mentioned, not new.
 */
export const policiesExtractor: Extractor = {
  name: 'policies',
  extract(ctx, found) {
    const speakers = buildSpeakerMentions(ctx, found.entities);
    const policies: PolicyItem[] = [];
    // key -> index in `policies` (-1 for content folded into an instrument)
    const seen = new Map<string, number>();
    for (const s of ctx.sentences) {
      if (ctx.isFurnitureSentence(s) || ctx.inTitle(s.start)) continue;
      const { hits, absorbed } = hitsIn(ctx, s);
      for (const hit of absorbed) seen.set(keyOf(hit, null), -1);
      for (const hit of hits) {
        if (clashesWithEntity(found.entities, hit)) continue;
        const issuer = issuerOf(ctx, s, hit, speakers);
        const key = keyOf(hit, issuer?.name ?? null);
        const earlier = seen.get(key) ?? -1;
        // "Title 42 … was implemented by the Trump administration": a later mention can say who issued it
        if (issuer && policies[earlier]?.issuedBy === null)
          policies[earlier] = { ...policies[earlier], ...issuedBy(issuer) };
        if (seen.has(key) || (hit.keyedByIssuer && isMentionOfEarlier(key, issuer !== null, seen))) continue;
        seen.set(key, policies.length);
        const date = dateOf(ctx, s, hit);
        policies.push({
          name: hit.name,
          kind: hit.kind,
          ...issuedBy(issuer),
          date: date?.text ?? null,
          dateResolved: date?.resolved ?? null,
          evidence: evidenceAt(ctx, hit.start, hit.end, hit.confidence),
        });
      }
    }
    return { policies };
  },
};

function issuedBy(issuer: SpeakerMention | null): Pick<PolicyItem, 'issuedBy' | 'issuedByKind'> {
  return {
    issuedBy: issuer?.name ?? null,
    issuedByKind: issuer ? (issuer.kind === 'person' ? 'person' : 'organization') : null,
  };
}

/** A sentence's policies, and the content hits folded into an instrument (their keys are taken). */
function hitsIn(ctx: ArticleContext, s: Sentence): { hits: PolicyHit[]; absorbed: PolicyHit[] } {
  const hits: PolicyHit[] = [];
  const contents: PolicyHit[] = [];
  let instrument: PolicyHit | null = null;
  for (const rule of POLICY_RULES) {
    for (const hit of rule.find(ctx, s)) {
      if (
        ctx.furnitureAt(hit.start) !== null ||
        hits.some((h) => hit.start < (h.coreEnd ?? h.end) && h.start < (hit.coreEnd ?? hit.end))
      )
        continue;
      if (hits.some((h) => isApposition(ctx.text, h, hit))) continue;
      hits.push(hit);
      if (rule.role === 'instrument') instrument ??= hit;
      if (rule.role === 'content') contents.push(hit);
    }
  }
  const first = instrument;
  if (first && contents.length) {
    const content = contents[0]!;
    // "by establishing a quota system …, according to new directives": the directives establish it
    const verb =
      /\b(\w+ing)\s+(?:(?:a|an|the|new)\s+)*$/.exec(
        ctx.text.slice(Math.max(s.start, content.start - 40), content.start),
      )?.[1] ?? 'on';
    const merged: PolicyHit = { ...first, name: `${first.name} ${verb} ${content.name}` };
    const rest = hits.filter((h) => !contents.includes(h)).map((h) => (h === first ? merged : h));
    return { hits: rest.sort((a, b) => a.start - b.start), absorbed: contents };
  }
  return { hits: hits.sort((a, b) => a.start - b.start), absorbed: [] };
}

/** "287(g), an ICE program that …": a policy described right after a named one, set off by a comma, is it. */
function isApposition(text: string, named: PolicyHit, described: PolicyHit): boolean {
  return (
    described.confidence < 0.85 &&
    named.end <= described.start &&
    /^\s*,\s*(?:a|an|another|the)?\s*$/i.test(text.slice(named.end, described.start))
  );
}

/**
 * A policy kept per issuer ("deployment:Pete Hegseth") is a mention of an earlier one of its kind when
 * either has no issuer: "the deployment" or "his campaign promise" with no one named is the one the
 * article is about.
 */
function isMentionOfEarlier(key: string, hasIssuer: boolean, seen: ReadonlyMap<string, number>): boolean {
  const kind = key.slice(0, key.lastIndexOf(':') + 1);
  return hasIssuer ? seen.has(kind) : [...seen.keys()].some((k) => k.startsWith(kind));
}

/** Same key, same policy: a name, or a rule's key (one court order per ordinal, one promise per issuer). */
function keyOf(hit: PolicyHit, issuer: string | null): string {
  const key = (hit.key ?? hit.name).toLowerCase().replace(/[^a-z0-9 ]/g, '');
  return hit.keyedByIssuer ? `${key}:${issuer ?? ''}` : key;
}

/**
 * A name that cuts into a person's or organization's name, or is one, is a misreading ("Grant" of "Grant
 * Park"). A policy may hold a shorter name whole ("CBP One", "an agreement with Mexico"), and one
 * described in words may end inside a name where its words were cut short.
 */
function clashesWithEntity(entities: EntityIndex, hit: PolicyHit): boolean {
  const described = hit.confidence < 0.85;
  return entities.all().some((m) => {
    if (m.kind === 'place' || m.end <= hit.start || hit.end <= m.start) return false;
    const inside = m.start >= hit.start && m.end <= hit.end && m.end - m.start < hit.end - hit.start;
    return !inside && !(described && m.start >= hit.start);
  });
}
