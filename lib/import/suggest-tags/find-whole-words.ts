// Finds a term in segmented text only where it is a whole word or a run of whole words, so the
// tag 中国 is not found in 中国家电 and 人民 not in 人民币. A place or office name may carry its
// administrative suffix (湖北 in 湖北省, 知识产权 in 知识产权局), which jieba keeps in one word.
const nameSuffixes = new Set(['省', '市', '县', '区', '州', '局']);

export interface SegmentedText {
  text: string;
  // wordEdges[offset] === 1 where a word starts or ends (UTF-16 offsets, text.length included).
  wordEdges: Uint8Array;
}

export function segmentText(text: string, words: readonly string[]): SegmentedText {
  const wordEdges = new Uint8Array(text.length + 1);
  let offset = 0;
  wordEdges[0] = 1;
  for (const word of words) {
    offset += word.length;
    if (offset <= text.length) wordEdges[offset] = 1;
  }
  // Words that don't add up to the text can't place edges: fall back to plain substrings.
  if (offset !== text.length) wordEdges.fill(1);
  return { text, wordEdges };
}

function endsOnWordEdge({ text, wordEdges }: SegmentedText, end: number): boolean {
  if (wordEdges[end] === 1) return true;
  return nameSuffixes.has(text[end] ?? '') && wordEdges[end + 1] === 1;
}

/** How many times the term occurs as whole words; the term must be folded like the text. */
export function countWholeWords(segmented: SegmentedText, term: string): number {
  if (term === '') return 0;
  let count = 0;
  for (let start = segmented.text.indexOf(term); start !== -1; start = segmented.text.indexOf(term, start + 1)) {
    if (segmented.wordEdges[start] === 1 && endsOnWordEdge(segmented, start + term.length)) count++;
  }
  return count;
}
