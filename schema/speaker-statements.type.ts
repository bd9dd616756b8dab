import { Field, Int, ObjectType } from 'type-graphql';
import { Quote } from './quote.type.js';
import { Speaker } from './speaker.union.js';
import { connectionOf } from './connection.type.js';

@ObjectType('SpeakerStatements', {
  description: 'Everything one speaker said about a subject: quotes and reported claims.',
})
export class SpeakerStatements {
  @Field(() => Speaker, { nullable: true, description: 'Null for statements the articles do not attribute.' })
  speaker!: typeof Speaker | null;

  @Field(() => [Quote], { description: 'Quotes (DIRECT, PARTIAL) and claims (INDIRECT), by text.' })
  quotes!: Quote[];

  @Field(() => Int, { description: 'How many statements; speakers are ordered by it.' })
  count!: number;

  @Field(() => Boolean, {
    description:
      "True when the subject matched more statements than `whoSaid` reads (its `within` most relevant): `count` is then this speaker's statements among those, so at least that many, and speakers are ranked among them.",
  })
  countIsLowerBound!: boolean;
}

export const SpeakerStatementsConnection = connectionOf(SpeakerStatements, 'SpeakerStatements');
