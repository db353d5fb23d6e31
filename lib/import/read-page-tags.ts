import type { RemovedLine } from './import-result';

const tagLabel = /^(?:[标標][签簽籤]|tags?|[关關][键鍵][词詞字])\s*[:：]\s*/iu;
const tagSeparators = /[\s,，、;；|｜/]+/u;
const maxTagLength = 20;

// The tag terms a page lists for itself (标签：太原 巴中 ...), from the lines removed as fake tags
// and from <meta name="keywords">. Untrusted: tag suggestion keeps a term only if the body has it.
export function readPageTags(removedLines: readonly RemovedLine[], keywords: readonly string[] = []): string[] {
  const fromLines = removedLines
    .filter(({ rule }) => rule === 'fake-tags')
    .flatMap(({ line }) => line.replace(/^[•·●◆■▪▶►\-*]\s*/u, '').replace(tagLabel, '').split(tagSeparators));
  const terms = [...fromLines, ...keywords].map((term) => term.trim()).filter((term) => term !== '' && [...term].length <= maxTagLength);
  return [...new Set(terms)];
}
