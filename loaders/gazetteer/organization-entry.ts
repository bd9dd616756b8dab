import type { OrganizationKind } from '../extraction.js';

/** A real body the extractor knows by name. */
export interface OrganizationEntry {
  readonly name: string;
  readonly acronym: string | null;
  /** Other names; a leading "U.S." is optional and need not be listed twice. */
  readonly aliases: readonly string[];
  readonly kind: OrganizationKind;
  /** Canonical name of the body it belongs to. */
  readonly partOf: string | null;
  /** Photo and wire agencies: their credit under a picture does not name the publishing outlet. */
  readonly wire?: boolean;
}

export function org(
  name: string,
  acronym: string | null,
  kind: OrganizationKind,
  partOf: string | null,
  aliases: readonly string[] = [],
  extra: Pick<OrganizationEntry, 'wire'> = {},
): OrganizationEntry {
  return { name, acronym, aliases, kind, partOf, ...extra };
}
