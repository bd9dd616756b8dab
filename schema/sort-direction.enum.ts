import { registerEnumType } from 'type-graphql';

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Which way a sort runs.',
  valuesConfig: {
    ASC: { description: 'Smallest, earliest or A first.' },
    DESC: { description: 'Largest, latest or Z first.' },
  },
});

/** The description of every list's `direction` argument. */
export const DIRECTION_DESCRIPTION = 'ASC or DESC; ties are broken by id, so pages never overlap.';
