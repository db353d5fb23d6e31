import { describe, expect, it } from 'vitest';
import { articleViewLabels } from './article-view-labels';
import { convertForVariant } from './convert-for-variant';
import { siteVariants } from './site-variant';

describe('articleViewLabels', () => {
  it('says in each variant what convertForVariant makes of the Simplified words', () => {
    const simplified = articleViewLabels('zh-hans');
    for (const variant of siteVariants) {
      const expected = Object.fromEntries(Object.entries(simplified).map(([key, text]) => [key, convertForVariant(text, variant)]));
      expect(articleViewLabels(variant)).toEqual(expected);
    }
  });
});
