import { GraphQLDate, GraphQLDateTime } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { connectionOf } from './connection.type.js';
import { Node } from './node.interface.js';

@ObjectType('Article', { implements: Node, description: "A news article: the root of every fact's provenance." })
export class Article extends Node {
  @Field(() => String, { description: 'The headline, as given or as the first line of the text.' })
  title!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The publication, when the input gave it or the text stated it.',
  })
  outlet!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Where the article was published, when known; a later article with the same URL replaces it.',
  })
  url!: string | null;

  @Field(() => GraphQLDate, {
    nullable: true,
    description: 'The publication date, when the input gave it or the text stated it.',
  })
  publishedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'The byline, when known.' })
  author!: string | null;

  @Field(() => String, { description: 'The file or feed item the article was loaded from.' })
  source!: string;

  @Field(() => [String], { description: 'Metadata fields inferred from the text rather than given by the input.' })
  inferred!: string[];

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When this version of the article was loaded.' })
  ingestedAt!: string | null;
}

export const ArticleConnection = connectionOf(Article, 'Article');
