/**
 * What subscriptions deliver: an article as it was loaded (its people, quotes and figures are its
 * fields, read when the event is delivered, so always the committed state), and a change to an entity.
 */
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Article } from './article.type.js';
import { Node } from './node.interface.js';

export enum ArticleChange {
  NEW = 'new',
  UPDATED = 'updated',
}

export enum EntityChange {
  UPDATED = 'updated',
  MERGED = 'merged',
  ALIAS_ADDED = 'alias_added',
  DELETED = 'deleted',
}

registerEnumType(ArticleChange, {
  name: 'ArticleChange',
  description: 'What loading did to an article.',
  valuesConfig: {
    NEW: { description: 'The article was not in the graph before.' },
    UPDATED: { description: 'An earlier version (same URL or source) or extraction was replaced.' },
  },
});
registerEnumType(EntityChange, {
  name: 'EntityChange',
  description: 'What happened to an entity.',
  valuesConfig: {
    UPDATED: {
      description:
        'An article mentioning it was loaded, replaced or deleted (`node` is null if it has no evidence left).',
    },
    MERGED: { description: 'It was folded into another entity, `mergedInto`.' },
    ALIAS_ADDED: { description: 'It was given another name it is known by.' },
    DELETED: { description: 'It is gone from the graph.' },
  },
});

@ObjectType('ArticleIngested', {
  description: 'An article loaded by `ingestArticle` or `npm run ingest`, delivered after it is committed.',
})
export class ArticleIngested {
  @Field(() => Int, { description: 'The change-log position: increasing, in commit order.' })
  sequence!: number;

  @Field(() => ArticleChange, { description: 'Whether the article is new or replaced an earlier version.' })
  change!: ArticleChange;

  @Field(() => Article, {
    nullable: true,
    description: 'Null only when the article was deleted again before the event was delivered.',
  })
  article!: object | null;
}

@ObjectType('EntityChanged', { description: 'A change to one entity, delivered after it is committed.' })
export class EntityChanged {
  @Field(() => Int, { description: 'The change-log position: increasing, in commit order.' })
  sequence!: number;

  @Field(() => ID, { description: 'The global id subscribed to.' })
  id!: string;

  @Field(() => EntityChange, { description: 'What happened to the entity.' })
  change!: EntityChange;

  @Field(() => Node, { nullable: true, description: 'The entity as it is now; null when it is gone.' })
  node!: object | null;

  @Field(() => Node, { nullable: true, description: 'For MERGED: the entity it now is.' })
  mergedInto!: object | null;
}
