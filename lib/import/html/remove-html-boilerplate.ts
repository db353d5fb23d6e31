import { endsSentence } from '../../text/ends-sentence';
import { removeBoilerplate } from '../remove-boilerplate';
import { structureBody } from '../structure-body';
import type { HtmlBlock, HtmlRemoval, HtmlRemovalRule } from './html-article';
import { htmlLineRules } from './html-line-rules';
import { normaliseForComparison } from './strip-site-suffix';

export interface CleanedHtmlBlocks {
  blocks: HtmlBlock[];
  removed: HtmlRemoval[];
}

const maxPaywallFollowerLength = 20;

function matchHtmlRule(text: string): HtmlRemovalRule | null {
  const length = [...text].length;
  return htmlLineRules.find(({ pattern, maxLength }) => length <= maxLength && pattern.test(text))?.rule ?? null;
}

// Runs the HTML-only rules, drops blocks repeating the title, then hands the rest to the text
// pipeline's removeBoilerplate as lines. The title goes first so that removeBoilerplate, which
// guesses a title from the first title-shaped line, recognises it instead of guessing.
export function removeHtmlBoilerplate(blocks: readonly HtmlBlock[], title: string | null): CleanedHtmlBlocks {
  const verdicts: (HtmlRemovalRule | null)[] = [];
  let isAfterPaywall = false;
  for (const block of blocks) {
    let rule = matchHtmlRule(block.text);
    // The subscribe buttons and prices under a paywall notice go with it.
    if (rule === null && isAfterPaywall && !endsSentence(block.text) && [...block.text].length <= maxPaywallFollowerLength) rule = 'paywall';
    if (rule === null && title !== null && normaliseForComparison(block.text) === normaliseForComparison(title)) rule = 'title';
    isAfterPaywall = rule === 'paywall';
    verdicts.push(rule);
  }

  const remainingIndexes = blocks.flatMap((_block, index) => (verdicts[index] === null ? [index] : []));
  const lines = [...(title === null ? [] : [title]), ...remainingIndexes.map((index) => blocks[index]?.text ?? '')];
  const cleaned = removeBoilerplate(lines);
  // removeBoilerplate returns the kept lines unchanged and in order, so matching them in turn
  // tells which lines went; the removed ones come in the same order as its removedLines.
  let keptIndex = 0;
  let removedIndex = 0;
  const lineRules = lines.map((line) => {
    if (cleaned.lines[keptIndex] === line) {
      keptIndex += 1;
      return null;
    }
    const rule = cleaned.removedLines[removedIndex]?.rule ?? null;
    removedIndex += 1;
    return rule;
  });
  const remainingRules = title === null ? lineRules : lineRules.slice(1);
  remainingIndexes.forEach((blockIndex, index) => {
    verdicts[blockIndex] = remainingRules[index] ?? null;
  });

  const kept = blocks.filter((_block, index) => verdicts[index] === null);
  // Short unpunctuated lines between paragraphs are subheadings, as in the text pipeline.
  const kinds = structureBody(kept.map((block) => block.text)).map((block) => block.kind);
  return {
    blocks: kept.map((block, index) => (kinds[index] === 'heading' ? { ...block, type: 'heading' } : block)),
    removed: blocks.flatMap((block, index) => {
      const rule = verdicts[index];
      return rule ? [{ text: block.text, rule }] : [];
    }),
  };
}
