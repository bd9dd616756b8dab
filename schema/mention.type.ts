import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from './node.interface.js';

@ObjectType('Mention', {
  description:
    'Where an article names a person, organization, place or policy: the node and the exact words, by character offsets.',
})
export class Mention {
  @Field(() => Node, { description: 'What is named.' })
  node!: Node;

  @Field(() => Int, { description: 'UTF-16 offset of the first character in the article text.' })
  start!: number;

  @Field(() => Int, {
    description: 'UTF-16 offset just past the last character; `article.text.slice(start, end)` is `text`.',
  })
  end!: number;

  @Field(() => String, { description: 'The words as written: a name, alias or acronym ("Sessions", "ICE").' })
  text!: string;
}
