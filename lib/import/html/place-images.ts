import type { HtmlImage } from './html-article';

// Gives each image its place among the kept blocks: after the last kept block that came before it
// on the page (-1 when none did), or null when its place is unknown. `positions[i]` is the index
// of the first extracted block after image i; `keptIndexes` maps kept blocks to extracted ones.
export function placeImages(images: readonly HtmlImage[], positions: readonly (number | undefined)[], keptIndexes: readonly number[]): HtmlImage[] {
  return images.map((image, index) => {
    const position = positions[index];
    if (position === undefined) return { ...image, afterBlock: null };
    let afterBlock = -1;
    while (afterBlock + 1 < keptIndexes.length && (keptIndexes[afterBlock + 1] ?? Infinity) < position) afterBlock += 1;
    return { ...image, afterBlock };
  });
}
