import { tokenize, type Token } from './tokens.js';

interface Node<T> {
  readonly next: Map<string, Node<T>>;
  readonly values: T[];
}

export interface PhraseMatch<T> {
  /** Index of the first token. */
  readonly from: number;
  /** Index after the last token. */
  readonly to: number;
  readonly values: readonly T[];
}

/** A token trie: one pass over a token list finds the longest gazetteer phrase at each position. */
export class PhraseTrie<T> {
  private readonly root: Node<T> = { next: new Map(), values: [] };

  add(phrase: string, value: T): void {
    let node = this.root;
    for (const t of tokenize(phrase)) {
      const k = t.key;
      let child = node.next.get(k);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(k, child);
      }
      node = child;
    }
    if (node !== this.root && !node.values.includes(value)) node.values.push(value);
  }

  /** Longest phrase starting at token `i`; a final plural "s" is forgiven ("Border Protections"). */
  longestAt(tokens: readonly Token[], i: number): PhraseMatch<T> | null {
    let node = this.root;
    let best: PhraseMatch<T> | null = null;
    for (let j = i; j < tokens.length; j++) {
      const tok = tokens[j];
      if (!tok) break;
      const key = tok.key;
      const child = node.next.get(key);
      if (!child) {
        if (j > i && key.length > 3 && key.endsWith('s')) {
          const singular = node.next.get(key.slice(0, -1));
          if (singular?.values.length) best = { from: i, to: j + 1, values: singular.values };
        }
        break;
      }
      node = child;
      if (node.values.length) best = { from: i, to: j + 1, values: node.values };
    }
    return best;
  }

  /** Non-overlapping longest matches, left to right. */
  scan(tokens: readonly Token[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length;) {
      const m = this.longestAt(tokens, i);
      if (m) {
        out.push(m);
        i = m.to;
      } else i++;
    }
    return out;
  }
}
