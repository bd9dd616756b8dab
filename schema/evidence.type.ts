import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Article } from './article.type.js';

@ObjectType('Evidence', {
  description: 'Where a fact came from: an article and the exact words, by character offsets.',
})
export class Evidence {
  @Field(() => Article, { description: 'The article the words are in.' })
  article!: Article;

  @Field(() => Int, { description: 'UTF-16 offset of the first character in the article text.' })
  start!: number;

  @Field(() => Int, {
    description: 'UTF-16 offset just past the last character; `article.text.slice(start, end)` is `text`.',
  })
  end!: number;

  @Field(() => String, { description: 'The words themselves.' })
  text!: string;

  @Field(() => String, { description: 'The sentence around them.' })
  sentence!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'For a quote that opens its sentence, the sentence that introduced it ("Ana Ruiz praised the shelters."); `whoSaid` searches it too.',
  })
  context!: string | null;

  @Field(() => Float, { description: '0 to 1: how sure the extractor was.' })
  confidence!: number;

  @Field(() => String, {
    description: 'The version of the extraction rules that found it; a new version re-extracts on the next load.',
  })
  extractorVersion!: string;
}
