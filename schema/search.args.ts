import { ArgsType, Field } from 'type-graphql';
import { NodeKind } from './enums.js';
import { PageArgs } from './page.args.js';

/** Hits come best first; backward pages (`last`, `before`) reach the best 1,000 hits. */
@ArgsType()
export class SearchArgs extends PageArgs {
  @Field(() => String, {
    description:
      'Words to look for, in any case; each may be the start of a word ("sess") or carry a typo. Words a typo away ("sesions" for "sessions") are searched only when the words as typed find nothing.',
  })
  query!: string;

  @Field(() => [NodeKind], {
    nullable: true,
    description: 'Only hits of these kinds; default (or an empty list): every kind.',
  })
  kinds?: NodeKind[] | null;
}
