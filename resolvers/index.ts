import type { NonEmptyArray } from 'type-graphql';
import { ArticleConnection } from '../schema/article.type.js';
import { ArticleResolver } from './article.resolver.js';
import { connectionResolverOf } from './connection.resolver.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [ArticleResolver, connectionResolverOf(ArticleConnection)];
