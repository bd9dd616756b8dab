import { describe, expect, it } from 'vitest';
import { relationPhrase } from '../../../resolvers/relations/relation-phrases.js';

describe('relationPhrase', () => {
  it('when a role is read either way, then it names the title, "former" included once', () => {
    expect(relationPhrase({ type: 'HOLDS_ROLE', title: 'acting ICE director', former: true }, true)).toBe(
      'former acting ICE director of',
    );
    expect(relationPhrase({ type: 'HOLDS_ROLE', title: 'former assistant U.S. attorney', former: true }, true)).toBe(
      'former assistant U.S. attorney of',
    );
    expect(relationPhrase({ type: 'HOLDS_ROLE', title: 'Attorney General', former: false }, false)).toBe(
      'has Attorney General',
    );
  });

  it('when a role has no title, then it reads as membership', () => {
    expect(relationPhrase({ type: 'HOLDS_ROLE', title: '', former: false }, true)).toBe('member of');
    expect(relationPhrase({ type: 'HOLDS_ROLE', title: ' ', former: false }, false)).toBe('has member');
  });

  it('when the other relationships are read, then each has words both ways', () => {
    const read = (type: string) => [relationPhrase({ type }, true), relationPhrase({ type }, false)];

    expect(read('PART_OF')).toEqual(['part of', 'includes']);
    expect(read('MENTIONS')).toEqual(['mentions', 'mentioned in']);
    expect(read('CONTAINS')).toEqual(['contains', 'appears in']);
    expect(read('ATTRIBUTED_TO')).toEqual(['reported by', 'reported']);
    expect(read('SAID_BY')).toEqual(['said by', 'said']);
  });
});
