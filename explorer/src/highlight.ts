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

/**
 * The mentions to mark, from the offsets the API gives (`Article.mentions`): the longest first where two
 * overlap, never overlapping, and none inside `exclude` (boilerplate, quotes and figures keep their own marks).
 */
export function placeMentions(
  mentions: readonly { start: number; end: number; node: { id: string } }[],
  exclude: readonly { start: number; end: number }[] = [],
): Annotation[] {
  const candidates = mentions.map((mention): Annotation => ({
    kind: 'mention',
    start: mention.start,
    end: mention.end,
    id: mention.node.id,
  }));
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
