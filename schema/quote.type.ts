import { Field, Int, ObjectType } from 'type-graphql';
import { connectionOf } from './connection.type.js';
import { QuoteKind } from './enums.js';
import { Node } from './node.interface.js';

@ObjectType('Quote', {
  implements: Node,
  description: 'Words someone said (DIRECT, PARTIAL) or a claim reported of them (INDIRECT).',
})
export class Quote extends Node {
  @Field(() => String, { description: 'The words themselves, without quotation marks.' })
  text!: string;

  @Field(() => QuoteKind, { description: 'DIRECT, PARTIAL (words in quotation marks) or INDIRECT (a reported claim).' })
  kind!: QuoteKind;

  @Field(() => Int, {
    description: 'Number of articles that carry it: `evidence` lists at most 100 of them.',
  })
  articleCount!: number;
}

export const QuoteConnection = connectionOf(Quote, 'Quote');
