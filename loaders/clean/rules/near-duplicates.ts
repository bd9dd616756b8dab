/**
 * Which word sets nearly repeat an earlier one (Jaccard similarity at or above a threshold), without
 * comparing every pair: compared pairwise, a long file of many short paragraphs took minutes.
 *
 * Prefix filtering (Chaudhuri et al., 2006): order all words the same way, rarest first; two sets with
 * similarity ≥ t share a word among the first |x| − ⌈t·|x|⌉ + 1 words of each. So a set is compared only
 * with earlier sets sharing one of those words, which are few because the words are rare ones. Lines
 * written from one template share even their rarest words but one, so near repeats are also looked for
 * only among the last COMPARED sets kept (more paragraphs than an article has); exact repeats anywhere.
 */
export class NearDuplicates {
  private static readonly COMPARED = 200;
  private readonly kept: ReadonlySet<string>[] = [];
  private readonly byWord = new Map<string, number[]>();
  private readonly exact = new Set<string>();
  private readonly rank: ReadonlyMap<string, number>;

  /** `all` are every set that will be asked about, so rarity is known before the first question. */
  constructor(
    all: readonly ReadonlySet<string>[],
    private readonly threshold: number,
  ) {
    const frequency = new Map<string, number>();
    for (const words of all) for (const w of words) frequency.set(w, (frequency.get(w) ?? 0) + 1);
    const order = [...frequency.keys()].sort(
      (a, b) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0),
    );
    this.rank = new Map(order.map((w, i) => [w, i]));
  }

  /** True when an earlier kept set is similar enough to `words`. */
  repeats(words: ReadonlySet<string>, similarity: (a: ReadonlySet<string>, b: ReadonlySet<string>) => number): boolean {
    if (words.size > 0 && this.exact.has(exactKey(words))) return true;
    const checked = new Set<number>();
    const oldest = this.kept.length - NearDuplicates.COMPARED;
    for (const w of this.prefix(words)) {
      const list = this.byWord.get(w) ?? [];
      for (let i = list.length - 1; i >= 0 && list[i]! >= oldest; i--) {
        const k = list[i]!;
        if (checked.has(k)) continue;
        checked.add(k);
        if (similarity(this.kept[k]!, words) >= this.threshold) return true;
      }
    }
    return false;
  }

  /** Remembers a set that later ones may repeat. */
  keep(words: ReadonlySet<string>): void {
    const k = this.kept.length;
    this.kept.push(words);
    this.exact.add(exactKey(words));
    for (const w of this.prefix(words)) {
      const list = this.byWord.get(w);
      if (list) list.push(k);
      else this.byWord.set(w, [k]);
    }
  }

  private prefix(words: ReadonlySet<string>): string[] {
    const length = words.size - Math.ceil(this.threshold * words.size) + 1;
    return [...words].sort((a, b) => (this.rank.get(a) ?? 0) - (this.rank.get(b) ?? 0)).slice(0, Math.max(0, length));
  }
}

function exactKey(words: ReadonlySet<string>): string {
  return [...words].sort().join(' ');
}
