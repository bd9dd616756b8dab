/**
 * Pure text work for the article view: finding entity mentions by name, and cutting an article's text
 * into segments, each covered by the set of annotations (quotes, figures, mentions, boilerplate) over it.
 */
export type AnnotationKind = 'boilerplate' | 'quote' | 'figure' | 'mention';

export interface Annotation {
  kind: AnnotationKind;
  start: number;
  end: number;
  /** The quote, figure or entity id; the boilerplate kind for boilerplate. */
  id: string;
}

export interface Segment {
  start: number;
  end: number;
  annotations: Annotation[];
}

/** Cuts [0, length) at every annotation boundary; segments with no annotation are kept too. */
export function segment(length: number, annotations: readonly Annotation[]): Segment[] {
  const valid = annotations.filter((a) => a.start >= 0 && a.end <= length && a.start < a.end);
  const cuts = new Set<number>([0, length]);
  for (const a of valid) {
    cuts.add(a.start);
    cuts.add(a.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    segments.push({ start, end, annotations: valid.filter((a) => a.start <= start && a.end >= end) });
  }
  return segments;
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * Where any of `names` occurs in `text` as whole words, longest names first and never overlapping; spans
 * inside `exclude` (boilerplate) are skipped.
 */
export function findMentions(text: string, entities: readonly { id: string; names: readonly string[] }[], exclude: readonly { start: number; end: number }[] = []): Annotation[] {
  const candidates: Annotation[] = [];
  for (const entity of entities) {
    const names = [...new Set(entity.names.map((name) => name.trim()).filter((name) => name.length >= 2))];
    for (const name of names) {
      let at = text.indexOf(name);
      while (at >= 0) {
        const end = at + name.length;
        const before = text[at - 1];
        const after = text[end];
        if ((!before || !WORD.test(before)) && (!after || !WORD.test(after))) candidates.push({ kind: 'mention', start: at, end, id: entity.id });
        at = text.indexOf(name, at + 1);
      }
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: Annotation[] = [];
  let reach = 0;
  for (const candidate of candidates) {
    if (candidate.start < reach) continue;
    if (exclude.some((span) => candidate.start < span.end && candidate.end > span.start)) continue;
    chosen.push(candidate);
    reach = candidate.end;
  }
  return chosen;
}
