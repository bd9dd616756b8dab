import { PhraseTrie } from '../text/phrase-trie.js';
import type { OrganizationEntry } from './organization-entry.js';
import { ORGANIZATIONS } from './organizations.js';

export interface OrganizationAlias {
  readonly entry: OrganizationEntry;
  /** A one-word common-noun name ("House", "Congress"): trusted only when it stands apart. */
  readonly loneWord: boolean;
}

function variants(name: string): string[] {
  const out = [name];
  const us = /^(?:U\.S\.|US|United States) (.+)$/.exec(name);
  if (us?.[1]) out.push(us[1], `United States ${us[1]}`);
  const the = /^The (.+)$/.exec(name);
  if (the?.[1] && the[1].includes(' ')) out.push(the[1]);
  return out;
}

function build(): PhraseTrie<OrganizationAlias> {
  const trie = new PhraseTrie<OrganizationAlias>();
  for (const entry of ORGANIZATIONS) {
    const names = [entry.name, ...(entry.acronym ? [entry.acronym] : []), ...entry.aliases];
    for (const n of names) {
      for (const v of variants(n)) {
        const loneWord = !v.includes(' ') && v !== v.toUpperCase();
        trie.add(v, { entry, loneWord });
      }
    }
  }
  return trie;
}

export const ORGANIZATION_TRIE: PhraseTrie<OrganizationAlias> = build();
