import type { OrganizationKind } from '../extraction.js';
import type { Findings } from './findings.js';
import { lowerBound } from '../text/lower-bound.js';

export type EntityKind = 'person' | 'organization' | 'place';

export interface EntityMention {
  readonly start: number;
  readonly end: number;
  /** Canonical name. */
  readonly name: string;
  readonly kind: EntityKind;
  /** For an organization: what sort of body it is ("the agency" refers back to one of kind "agency"). */
  readonly orgKind?: OrganizationKind;
}

/** Every entity mention found so far, sorted by offset, for "who is named here" questions. */
export class EntityIndex {
  private mentions: EntityMention[] = [];
  /** The longest mention, so a look back for mentions covering an offset knows where to stop. */
  private longest = 0;

  static from(findings: Partial<Findings>): EntityIndex {
    const index = new EntityIndex();
    for (const p of findings.people ?? [])
      for (const e of p.evidence) index.mentions.push({ start: e.start, end: e.end, name: p.name, kind: 'person' });
    for (const o of findings.organizations ?? [])
      for (const e of o.evidence)
        index.mentions.push({ start: e.start, end: e.end, name: o.name, kind: 'organization', orgKind: o.kind });
    for (const p of findings.places ?? [])
      for (const e of p.evidence) index.mentions.push({ start: e.start, end: e.end, name: p.name, kind: 'place' });
    index.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    for (const m of index.mentions) index.longest = Math.max(index.longest, m.end - m.start);
    return index;
  }

  all(): readonly EntityMention[] {
    return this.mentions;
  }

  /** Mentions lying wholly inside [start, end). */
  within(start: number, end: number, kinds?: readonly EntityKind[]): EntityMention[] {
    const out: EntityMention[] = [];
    for (let i = lowerBound(this.mentions, start); i < this.mentions.length; i++) {
      const m = this.mentions[i]!;
      if (m.start >= end) break;
      if (m.start >= start && m.end <= end && (!kinds || kinds.includes(m.kind))) out.push(m);
    }
    return out;
  }

  /** The mention covering an offset. */
  at(offset: number, kinds?: readonly EntityKind[]): EntityMention | undefined {
    // The first in order among those starting no further back than the longest mention reaches.
    for (let i = lowerBound(this.mentions, offset - this.longest); i < this.mentions.length; i++) {
      const m = this.mentions[i]!;
      if (m.start > offset) break;
      if (offset < m.end && (!kinds || kinds.includes(m.kind))) return m;
    }
    return undefined;
  }

  /**
   * The nearest mention ending at or before an offset that passes `test`, starting no more than `window`
   * characters back. Scans back from the offset, so a look-up costs the mentions in the window only.
   */
  nearestBefore(offset: number, test: (m: EntityMention) => boolean, window: number): EntityMention | undefined {
    for (let i = lowerBound(this.mentions, offset) - 1; i >= 0; i--) {
      const m = this.mentions[i]!;
      if (m.start < offset - window) break;
      if (m.end <= offset && test(m)) return m;
    }
    return undefined;
  }
}
