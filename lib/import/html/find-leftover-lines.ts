import { matchLineRule } from '../remove-boilerplate';
import type { HtmlRemoval } from './html-article';
import { normaliseForComparison } from './strip-site-suffix';

const maxLength = 80;

const truncate = (line: string) => {
  const characters = [...line];
  return characters.length <= maxLength ? line : `${characters.slice(0, maxLength - 1).join('')}…`;
};

// Page lines the extractor left outside the article (sidebars, info bars, lists beside the
// article), for the report: every line of `pageLines` not used up by an extracted text, with the
// line rule that names it (a line repeating the title is the title), else as page chrome.
export function findLeftoverLines(pageLines: readonly string[], extracted: readonly string[], title: string | null): HtmlRemoval[] {
  const unused = new Map<string, number>();
  for (const text of extracted) unused.set(text, (unused.get(text) ?? 0) + 1);
  const normalisedTitle = title === null ? null : normaliseForComparison(title);
  return pageLines.flatMap((line): HtmlRemoval[] => {
    const count = unused.get(line) ?? 0;
    if (count > 0) {
      unused.set(line, count - 1);
      return [];
    }
    const isTitle = normalisedTitle !== null && normaliseForComparison(line) === normalisedTitle;
    return [{ text: truncate(line), rule: isTitle ? 'title' : (matchLineRule(line) ?? 'page-chrome') }];
  });
}
