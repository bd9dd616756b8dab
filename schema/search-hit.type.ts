import { Field, Float, ObjectType } from 'type-graphql';
import { NodeKind } from './enums.js';
import { Node } from './node.interface.js';

/** An edge of a search: what the query matched and how well, as Relay allows edges to carry. */
@ObjectType('SearchHit', { description: 'One search result: the node, how well it matched, and where.' })
export class SearchHit {
  @Field(() => String, { description: 'Opaque keyset cursor of this hit.' })
  cursor!: string;

  @Field(() => Node, {
    description: 'What matched: an article, person, organization, place, policy, figure, quote or anonymous source.',
  })
  node!: Node;

  @Field(() => Float, { description: 'Relevance; higher is better. Comparable only within one query.' })
  score!: number;

  @Field(() => NodeKind, { description: 'The kind of `node`, for filtering and display without a type switch.' })
  kind!: NodeKind;

  @Field(() => String, {
    description:
      'About 160 characters around the first match, HTML-escaped, with the matching words in <mark>…</mark>.',
  })
  snippet!: string;
}
