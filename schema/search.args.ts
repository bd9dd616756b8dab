import { ArgsType, Field, Int } from 'type-graphql';
import { NodeKind } from './enums.js';

/** Forward pages only: hits come best first, and "the hits before this one" is not a question anyone asks. */
@ArgsType()
export class SearchArgs {
  @Field(() => String, { description: 'Words to look for, in any case; each may be the start of a word ("sess") or carry a typo.' })
  query!: string;

  @Field(() => [NodeKind], { nullable: true, description: 'Only hits of these kinds; default (or an empty list): every kind.' })
  kinds?: NodeKind[] | null;

  @Field(() => Int, { nullable: true, description: 'Return at most this many hits after `after` (default 20, at most 100).' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
