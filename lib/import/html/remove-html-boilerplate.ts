import { endsSentence } from '../../text/ends-sentence';
import type { BoilerplateRule } from '../import-result';
import { classifyLines } from '../remove-boilerplate';
import { structureBody } from '../structure-body';
import type { HtmlBlock, HtmlRemoval } from './html-article';
import { normaliseForComparison } from './strip-site-suffix';

export interface CleanedHtmlBlocks {
  blocks: HtmlBlock[];
  keptIndexes: number[]; // for each kept block, its index in the blocks given
  removed: HtmlRemoval[];
}

const maxPaywallFollowerLength = 20;

// Runs the shared line rules (boilerplate-line-rules.ts) on the blocks as lines, then what only
// a page needs: the subscribe buttons and prices under a paywall notice go with it, and blocks
// repeating the title go. The title is given to the line rules first so that they, which guess a
// title from the first title-shaped line, recognise it instead of guessing.
export function removeHtmlBoilerplate(blocks: readonly HtmlBlock[], title: string | null): CleanedHtmlBlocks {
  const lines = [...(title === null ? [] : [title]), ...blocks.map((block) => block.text)];
  const lineRules = classifyLines(lines).rules;
  const verdicts: (BoilerplateRule | null)[] = title === null ? lineRules : lineRules.slice(1);
  const normalisedTitle = title === null ? null : normaliseForComparison(title);
  let isAfterPaywall = false;
  blocks.forEach((block, index) => {
    let rule = verdicts[index] ?? null;
    if (rule === null && isAfterPaywall && !endsSentence(block.text) && [...block.text].length <= maxPaywallFollowerLength) rule = 'paywall';
    if (rule === null && normalisedTitle !== null && normaliseForComparison(block.text) === normalisedTitle) rule = 'title';
    verdicts[index] = rule;
    isAfterPaywall = rule === 'paywall';
  });

  const keptIndexes = blocks.flatMap((_block, index) => (verdicts[index] === null ? [index] : []));
  const kept = keptIndexes.map((index) => blocks[index] as HtmlBlock);
  // Short unpunctuated lines between paragraphs are subheadings, as in the text pipeline.
  const kinds = structureBody(kept.map((block) => block.text)).map((block) => block.kind);
  return {
    blocks: kept.map((block, index) => (kinds[index] === 'heading' ? { ...block, type: 'heading' } : block)),
    keptIndexes,
    removed: blocks.flatMap((block, index) => {
      const rule = verdicts[index];
      return rule ? [{ text: block.text, rule }] : [];
    }),
  };
}
