// The paragraph an excerpt and a proposed title come from: the first one, unless it only
// addresses the readers (各有关单位：) and another follows.
export function pickLead(paragraphs: readonly string[]): string | undefined {
  return paragraphs.find((paragraph) => !/[:：]$/u.test(paragraph)) ?? paragraphs[0];
}
