// Variants of the sample pages for the import benchmark: the same articles with changed figures
// and titles, so that no two generated pages are duplicates of each other.

const TITLE_OF_SAMPLE_003 = '奮進新征程';
// Figures followed by a unit or a decimal point; dates and years stay valid.
const FIGURE = /[0-9]+(?=[件萬万个個億亿元%.])/gu;

/** Changes every figure in the text, differently for each seed, keeping its number of digits. */
export function changeFigures(text: string, seed: number): string {
  let count = 0;
  return text.replace(FIGURE, (digits) => {
    count++;
    const value = (Number(digits) + seed * 7 + count * 13) % 10 ** digits.length;
    return String(value).padStart(digits.length, '1');
  });
}

/** A variant of a sample dump (its decoded text, pinyin, mojibake and boilerplate intact). */
export function makeTextPage(sample: string, index: number): string {
  const retitled = sample.replaceAll(TITLE_OF_SAMPLE_003, `${TITLE_OF_SAMPLE_003}(第${index + 1}期)`);
  return changeFigures(retitled, index);
}
