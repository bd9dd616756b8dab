import type { RoleRow } from '../../db/statements/named-entities.js';
import type { Context } from '../context/context.js';
import type { EvidenceSource } from '../evidence.resolver.js';
import type { GraphObject } from '../ids/to-object.js';

export interface RoleSource {
  readonly title: string;
  readonly former: boolean;
  readonly person: GraphObject | null;
  readonly organization: GraphObject | null;
  readonly evidence: EvidenceSource | null;
}

/** Role rows (from people/get-roles or organizations/list-members) with their person and organization. */
export async function toRoles(rows: readonly Omit<RoleRow, 'id'>[], { loaders }: Context): Promise<RoleSource[]> {
  return Promise.all(
    rows.map(async (row) => ({
      title: row.title,
      former: row.former,
      person: await loaders.node.load(row.personId),
      organization: await loaders.node.load(row.organizationId),
      evidence: row.evidence,
    })),
  );
}
