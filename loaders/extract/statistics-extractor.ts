import type { Extractor } from './extractor.js';

export const statisticsExtractor: Extractor = {
  name: 'statistics',
  extract() {
    return {};
  },
};
