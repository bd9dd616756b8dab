import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Article } from './article.type.js';

export enum IngestOutcome {
  NEW = 'new',
  UNCHANGED = 'unchanged',
  UPDATED = 'updated',
}

registerEnumType(IngestOutcome, {
  name: 'IngestOutcome',
  description: 'What loading an article did.',
  valuesConfig: {
    NEW: { description: 'The article was not in the graph before.' },
    UNCHANGED: { description: 'The same article, extracted the same way, was already loaded: nothing changed.' },
    UPDATED: { description: 'An earlier version (same URL or source) or extraction was replaced.' },
  },
});

@ObjectType('IngestResult', { description: 'What loading one article did.' })
export class IngestResult {
  @Field(() => IngestOutcome, {
    description: 'NEW, UNCHANGED (loaded before, identical) or UPDATED (replaced an earlier version).',
  })
  outcome!: IngestOutcome;

  @Field(() => Article, { description: 'The article as stored.' })
  article!: Article;
}
