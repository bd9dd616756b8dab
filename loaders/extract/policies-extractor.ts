import type { Extractor } from './extractor.js';

export const policiesExtractor: Extractor = {
  name: 'policies',
  extract() {
    return {};
  },
};
