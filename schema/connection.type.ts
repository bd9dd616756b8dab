import type { ClassType } from 'type-graphql';
import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from './page-info.type.js';

/** What a list resolver hands to GraphQL: a page, and a way to count the whole list if asked. */
export interface ConnectionSource<T> {
  readonly edges: readonly { readonly cursor: string; readonly node: T }[];
  readonly pageInfo: PageInfo;
  /** Runs only when `totalCount` is selected. */
  readonly countTotal: () => Promise<number>;
}

/** Builds `<Name>Connection` and `<Name>Edge` for a node type. */
export function connectionOf<T extends object>(nodeType: ClassType<T> | (() => unknown), name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} of a page, with its cursor (Relay edge).` })
  class Edge {
    @Field(() => String, {
      description: 'Opaque cursor of this edge: pass it as `after` or `before` to page from here.',
    })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${name} itself.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items (Relay connection).` })
  class Connection {
    @Field(() => [Edge], { description: 'The items of this page, in the order asked for.' })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Whether more pages follow or precede, and the cursors to get them.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of items in the whole list, across pages; computed only when asked.' })
    totalCount!: number;
  }
  return Connection;
}
