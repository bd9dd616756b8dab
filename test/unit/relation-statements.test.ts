import { describe, expect, it } from 'vitest';
import { loadStatements } from '../../db/statements.js';
import { RELATIONS } from '../../resolvers/relations/relations.js';

// The incoming-relation statements spell out one guarded branch per relationship type (a literal type is
// what lets Neo4j skip a much-linked node's other relationships). A type added to the table but not to
// the statements would list nothing, silently.
const statements = loadStatements();
const incomingTypes = [
  ...new Set(
    Object.values(RELATIONS)
      .filter((relation) => relation.direction === 'incoming')
      .map((relation) => relation.type),
  ),
];

describe('incoming-relation statements', () => {
  it.each(['relations/list-incoming', 'relations/count-incoming'] as const)(
    'when %s is read, then it has a branch for each incoming type of the relation table, and no other',
    (name) => {
      const branches = [...statements[name].matchAll(/WHERE \$type = '(\w+)' MATCH \(parent\)<-\[:(\w+)\]-\(n\)/g)];

      expect(branches.every(([, guarded, matched]) => guarded === matched)).toBe(true);
      expect(branches.map(([, type]) => type).sort()).toEqual([...incomingTypes].sort());
    },
  );
});
