import type { ClassType } from 'type-graphql';
import { FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { ConnectionSource } from '../schema/connection.type.js';

/** `totalCount` runs its count statement only when a client selects it. */
export function connectionResolverOf(connection: ClassType) {
  @Resolver(() => connection)
  class ConnectionResolver {
    @FieldResolver(() => Int)
    totalCount(@Root() source: ConnectionSource<unknown>): Promise<number> {
      return source.countTotal();
    }
  }
  return ConnectionResolver;
}
