import { Field, ObjectType } from 'type-graphql';
import { Article } from './article.type.js';
import { Evidence } from './evidence.type.js';
import { connectionOf } from './connection.type.js';
import { Speaker } from './speaker.union.js';

@ObjectType('Citation', { description: 'One article citing a figure, with who it says reported it.' })
export class Citation {
  @Field(() => Article, { description: 'The article that cites the figure.' })
  article!: Article;

  @Field(() => Speaker, { nullable: true, description: 'Who the article says reported the figure.' })
  source!: typeof Speaker | null;

  @Field(() => Evidence, { description: 'The words of the citation in that article, with their sentence and offsets.' })
  evidence!: Evidence;
}

export const CitationConnection = connectionOf(Citation, 'Citation');
