import { Field, ObjectType } from 'type-graphql';

@ObjectType('PageInfo', { description: 'Relay page information for keyset (cursor) pagination.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more items follow this page (ask with `after: endCursor`).' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'True when more items precede this page (ask with `before: startCursor`).' })
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the first item of the page; null when the page is empty.',
  })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item of the page; null when the page is empty.',
  })
  endCursor!: string | null;
}
