import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from './page-info.type.js';
import { SearchHit } from './search-hit.type.js';

@ObjectType('SearchConnection', { description: 'A page of search hits, best first (Relay connection).' })
export class SearchConnection {
  @Field(() => [SearchHit])
  edges!: SearchHit[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Number of hits across pages; computed only when asked.' })
  totalCount!: number;
}
