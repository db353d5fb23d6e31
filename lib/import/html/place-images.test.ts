import { describe, expect, it } from 'vitest';
import type { HtmlImage } from './html-article';
import { placeImages } from './place-images';

const image = (src: string): HtmlImage => ({ src, alt: '', caption: null, afterBlock: null });

describe('placeImages', () => {
  it('puts each image after the last kept block before it, before all of them, or nowhere known', () => {
    // Extracted blocks 0..5; 0 (the title) and 3 were removed.
    const placed = placeImages([image('a'), image('b'), image('c'), image('d')], [1, 4, 6, undefined], [1, 2, 4, 5]);
    expect(placed.map(({ afterBlock }) => afterBlock)).toEqual([-1, 1, 3, null]);
  });
});
