import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Article } from './article.type.js';

export enum IngestOutcome {
  NEW = 'new',
  UNCHANGED = 'unchanged',
  UPDATED = 'updated',
}

registerEnumType(IngestOutcome, { name: 'IngestOutcome', description: 'UPDATED: an earlier version (same URL or source) or extraction was replaced.' });

@ObjectType('IngestResult')
export class IngestResult {
  @Field(() => IngestOutcome)
  outcome!: IngestOutcome;

  @Field(() => Article)
  article!: Article;
}
