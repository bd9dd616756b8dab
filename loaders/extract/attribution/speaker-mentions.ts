import type { OrganizationKind, SpeakerKind } from '../../extraction.js';
import type { ArticleContext } from '../article-context.js';
import type { EntityIndex, EntityMention } from '../entity-index.js';
import { lowerBound } from '../../text/lower-bound.js';

export interface SpeakerMention {
  readonly start: number;
  readonly end: number;
  /** Canonical person or organization name (for anonymous sources: the organization they speak for). */
  readonly name: string;
  readonly kind: SpeakerKind;
  /** How the text describes an unnamed speaker ("an ICE source", "a spokesperson for CBP"). */
  readonly description: string | null;
  /** The kind of body it is or speaks for ("the outlet" looks for a media one); null for a person. */
  readonly orgKind: OrganizationKind | null;
}

export interface Attribution {
  readonly speaker: string;
  readonly kind: SpeakerKind;
  readonly description: string | null;
}

const DET = String.raw`(?:(?:a|an|one|two|three|four|several|multiple|some|many|other|the)\s+)?(?:(?:senior|top|former|current|high-ranking|veteran|longtime|federal)\s+)?`;
const SOURCE_NOUN = String.raw`(sources?|insiders?|officials?|spokes(?:person|man|woman|people)|representatives?|agents?|officers?)`;
const BEFORE_ORG_RE = new RegExp(String.raw`\b(${DET})$`, 'i');
const AFTER_ORG_RE = new RegExp(String.raw`^(?:['’]s)?(?:\s*\([A-Z]{2,6}\))?\s+${SOURCE_NOUN}\b`);
const NOUN_THEN_ORG_RE = new RegExp(
  String.raw`\b(${DET})${SOURCE_NOUN}\s+(?:for|at|in|within|inside|with|from|close to|familiar with)\s+(?:the\s+)?$`,
  'i',
);
const INDEFINITE_RE = /^(?:a|an|one|two|three|four|several|multiple|some|many|other)\b/i;

/**
 * Everyone who can be credited with words: named people and organizations, and the unnamed speakers
 * built around an organization ("a DHS source", "DHS sources", "a spokesperson for CBP"). A source speaks
 * for its organization without being it; a spokesperson or "ICE officials" speak as it.
 */
export function buildSpeakerMentions(ctx: ArticleContext, entities: EntityIndex): readonly SpeakerMention[] {
  // Several extractors ask for the same index; it never changes once people are found.
  const cached = CACHE.get(entities);
  if (cached) return cached;
  const out: SpeakerMention[] = [];
  for (const m of entities.all()) {
    if (m.kind === 'place') continue;
    if (m.kind === 'person') {
      out.push({ start: m.start, end: m.end, name: m.name, kind: 'person', description: null, orgKind: null });
      continue;
    }
    const lineStart = Math.max(0, m.start - 80);
    const before = ctx.text.slice(lineStart, m.start);
    const after = ctx.text.slice(m.end, m.end + 40);
    const tail = AFTER_ORG_RE.exec(after);
    const nounFirst = NOUN_THEN_ORG_RE.exec(before);
    if (tail?.[1]) {
      const det = BEFORE_ORG_RE.exec(before)?.[1] ?? '';
      const start = m.start - det.length;
      const end = m.end + tail[0].length;
      out.push(unnamed(ctx, start, end, m, det, tail[1]));
    } else if (nounFirst?.[2]) {
      const start = lineStart + nounFirst.index + (nounFirst[0].length - nounFirst[0].trimStart().length);
      out.push(unnamed(ctx, start, m.end, m, nounFirst[1] ?? '', nounFirst[2]));
    } else {
      out.push({
        start: m.start,
        end: m.end,
        name: m.name,
        kind: 'organization',
        description: null,
        orgKind: m.orgKind ?? null,
      });
    }
  }
  out.sort((a, b) => a.start - b.start);
  CACHE.set(entities, out);
  return out;
}

const CACHE = new WeakMap<EntityIndex, readonly SpeakerMention[]>();

function unnamed(
  ctx: ArticleContext,
  start: number,
  end: number,
  org: EntityMention,
  det: string,
  noun: string,
): SpeakerMention {
  const n = noun.toLowerCase();
  const anonymous =
    /^(?:source|insider)/.test(n) ||
    (/^(?:official|agent|officer|representative)/.test(n) && INDEFINITE_RE.test(det.trim()));
  return {
    start,
    end,
    name: org.name,
    kind: anonymous ? 'anonymous_source' : 'organization',
    description: ctx.text.slice(start, end),
    orgKind: org.orgKind ?? null,
  };
}

export function toAttribution(m: SpeakerMention): Attribution {
  return { speaker: m.name, kind: m.kind, description: m.description };
}

/** "he"/"she" → the last person named; "it" → the last organization; "they" → the last group or source. */
export function resolvePronoun(
  pronoun: string,
  at: number,
  speakers: readonly SpeakerMention[],
  floor: number,
): Attribution | null {
  const p = pronoun.toLowerCase();
  const wantPerson = p === 'he' || p === 'she';
  // Those starting at or after `at` end after it: the look back begins before them.
  for (let i = lowerBound(speakers, at) - 1; i >= 0; i--) {
    const s = speakers[i];
    if (!s || s.end > at) continue;
    if (s.start < floor) break;
    if (wantPerson ? s.kind === 'person' : s.kind !== 'person') return toAttribution(s);
  }
  return null;
}

/** "Syracuse University’s Transactional Records Access Clearinghouse": the owned body is the speaker. */
export function possessed(text: string, speakers: readonly SpeakerMention[], s: SpeakerMention): SpeakerMention {
  let cur = s;
  for (let guard = 0; guard < 3; guard++) {
    const m = /^['’]s?\s+/.exec(text.slice(cur.end, cur.end + 4));
    const next = m ? speakerStartingAt(speakers, cur.end + m[0].length) : undefined;
    if (!next) break;
    cur = next;
  }
  return cur;
}

/** The first speaker (in order) starting exactly at an offset. */
function speakerStartingAt(speakers: readonly SpeakerMention[], offset: number): SpeakerMention | undefined {
  const s = speakers[lowerBound(speakers, offset)];
  return s?.start === offset ? s : undefined;
}

/** Speakers starting in [from, to), in order; `speakers` is sorted by start, so this is a range, not a scan. */
export function* speakersStartingIn(
  speakers: readonly SpeakerMention[],
  from: number,
  to: number,
): Generator<SpeakerMention> {
  for (let i = lowerBound(speakers, from); i < speakers.length && speakers[i]!.start < to; i++) yield speakers[i]!;
}

/** Speakers lying wholly inside [from, to), in order. */
export function speakersWithin(speakers: readonly SpeakerMention[], from: number, to: number): SpeakerMention[] {
  const out: SpeakerMention[] = [];
  for (const s of speakersStartingIn(speakers, from, to)) if (s.end <= to) out.push(s);
  return out;
}
