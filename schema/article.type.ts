import { GraphQLDate, GraphQLDateTime } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { connectionOf } from './connection.type.js';
import { Node } from './node.interface.js';

@ObjectType('Article', { implements: Node, description: 'A news article: the root of every fact\'s provenance.' })
export class Article extends Node {
  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true, description: 'The publication, when the input gave it or the text stated it.' })
  outlet!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => GraphQLDate, { nullable: true })
  publishedAt!: string | null;

  @Field(() => String, { nullable: true })
  author!: string | null;

  @Field(() => String, { description: 'The file or feed item the article was loaded from.' })
  source!: string;

  @Field(() => [String], { description: 'Metadata fields inferred from the text rather than given by the input.' })
  inferred!: string[];

  @Field(() => GraphQLDateTime, { nullable: true })
  ingestedAt!: string | null;
}

export const ArticleConnection = connectionOf(Article, 'Article');
