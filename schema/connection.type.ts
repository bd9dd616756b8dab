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
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String, { description: 'Opaque keyset cursor of this edge.' })
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items (Relay connection).` })
  class Connection {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of items in the whole list, across pages; computed only when asked.' })
    totalCount!: number;
  }
  return Connection;
}
