import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from './page-info.type.js';
import { SearchHit } from './search-hit.type.js';

@ObjectType('SearchConnection', { description: 'A page of search hits, best first (Relay connection).' })
export class SearchConnection {
  @Field(() => [SearchHit], { description: 'The hits of this page, best first.' })
  edges!: SearchHit[];

  @Field(() => PageInfo, { description: 'Whether more hits follow or precede, and the cursors to get them.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Number of hits across pages; computed only when asked.' })
  totalCount!: number;
}
