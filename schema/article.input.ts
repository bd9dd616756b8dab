import { GraphQLDate } from 'graphql-scalars';
import { Field, InputType } from 'type-graphql';

@InputType('ArticleInput', { description: 'An article to load: its text, and whatever metadata is known.' })
export class ArticleInput {
  @Field(() => String, {
    description: 'The article text; the first line is taken as the title when `title` is not given.',
  })
  text!: string;

  @Field(() => String, { nullable: true, description: 'The headline; without it, the first line of `text`.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'The publication.' })
  outlet?: string | null;

  @Field(() => String, { nullable: true, description: 'A later article with the same URL replaces this one.' })
  url?: string | null;

  @Field(() => GraphQLDate, { nullable: true, description: 'The publication date.' })
  publishedAt?: string | null;

  @Field(() => String, { nullable: true, description: 'The byline.' })
  author?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Where it came from; a later article from the same source (and no URL) replaces this one.',
  })
  source?: string | null;
}
