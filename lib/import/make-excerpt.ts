const maxLength = 120;
const minLength = 40;
const sentenceEnd = /[。！？!?][”’」』]?/gu;
const clauseEnd = /[,，;；、:：]/gu;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

function isInsideQuote(text: string): boolean {
  return count(text, /[“「『]/gu) > count(text, /[”」』]/gu);
}

function lastBoundary(text: string, pattern: RegExp): number {
  const ends = [...text.matchAll(pattern)].map((match) => match.index + match[0].length);
  return ends.filter((end) => end >= minLength && !isInsideQuote(text.slice(0, end))).at(-1) ?? -1;
}

// The paragraph as is when short; else cut after its last full sentence that fits, else at a
// clause boundary with an ellipsis; never inside an open quotation.
export function makeExcerpt(paragraph: string): string {
  const characters = [...paragraph.trim()];
  if (characters.length <= maxLength) return characters.join('');
  const head = characters.slice(0, maxLength).join('');
  const sentenceCut = lastBoundary(head, sentenceEnd);
  if (sentenceCut > 0) return head.slice(0, sentenceCut);
  const clauseCut = lastBoundary(head, clauseEnd);
  if (clauseCut > 0) return `${head.slice(0, clauseCut - 1)}…`;
  return `${characters.slice(0, maxLength - 1).join('')}…`;
}
