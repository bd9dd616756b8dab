import { extractArticle } from '../../../../loaders/extract/extract-article.js';

/** The policies of a made-up article; the date resolves weekdays and months. */
export const policiesOf = (text: string, date = '2024-03-15') =>
  extractArticle({ source: 't.txt', text, date }).policies;

export const namesOf = (text: string, date?: string) => policiesOf(text, date).map((p) => p.name);
