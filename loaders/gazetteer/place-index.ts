import { PhraseTrie } from '../text/phrase-trie.js';
import { PLACES, type PlaceEntry } from './places.js';

function build(): PhraseTrie<PlaceEntry> {
  const trie = new PhraseTrie<PlaceEntry>();
  for (const p of PLACES) for (const n of [p.name, ...p.aliases]) trie.add(n, p);
  return trie;
}

export const PLACE_TRIE: PhraseTrie<PlaceEntry> = build();
