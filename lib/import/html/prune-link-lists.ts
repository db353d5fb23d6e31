// Removes lists of links (channel menus, headline lists, tag clouds) that no chrome rule named:
// any element with three links or more whose text is nearly all link text. Smallest first, so a
// container holding the article next to such lists loses the lists, not the article. Portal pages
// are mostly this; dropping it before the DOM extractor runs keeps extraction fast.
import type { HtmlRemoval } from './html-article';
import type { LightElement, LightNode } from './light/light-node';
import { removeChildren } from './light/remove-children';
import { summariseText } from './light/visible-text';

interface TextStats {
  characters: number;
  linkCharacters: number;
  links: number;
  hasHeadline: boolean;
}

const minLinks = 3;
const maxNonLinkShare = 0.2;
const maxNonLinkCharacters = 40;
const neverPruned = new Set(['body', 'a', 'h1']);

const countCharacters = (text: string) => text.length - (text.match(/\s/gu)?.length ?? 0);

function isLinkList(element: LightElement, stats: TextStats): boolean {
  const nonLink = stats.characters - stats.linkCharacters;
  return (
    !neverPruned.has(element.name) &&
    !stats.hasHeadline &&
    stats.links >= minLinks &&
    nonLink <= stats.characters * maxNonLinkShare &&
    nonLink < maxNonLinkCharacters
  );
}

export function pruneLinkLists(root: LightElement): HtmlRemoval[] {
  const pruned: LightElement[] = [];
  const statsOf = new Map<LightElement, TextStats>();
  // Post-order without recursion: an element is finished once all its children are.
  const stack: { element: LightElement; isExpanded: boolean }[] = [{ element: root, isExpanded: false }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { element: LightElement; isExpanded: boolean };
    if (!top.isExpanded) {
      top.isExpanded = true;
      const { children } = top.element;
      for (let index = children.length - 1; index >= 0; index -= 1) {
        const child = children[index];
        if (child?.kind === 'element') stack.push({ element: child, isExpanded: false });
      }
      continue;
    }
    stack.pop();
    const { element } = top;
    const stats: TextStats = { characters: 0, linkCharacters: 0, links: 0, hasHeadline: element.name === 'h1' };
    for (const child of element.children as LightNode[]) {
      if (child.kind === 'text') {
        stats.characters += countCharacters(child.text);
        continue;
      }
      const childStats = statsOf.get(child);
      statsOf.delete(child);
      if (!childStats) continue;
      stats.characters += childStats.characters;
      stats.linkCharacters += childStats.linkCharacters;
      stats.links += childStats.links;
      stats.hasHeadline ||= childStats.hasHeadline;
    }
    if (element.name === 'a') {
      stats.linkCharacters = stats.characters;
      stats.links += 1;
    }
    if (isLinkList(element, stats)) pruned.push(element);
    else statsOf.set(element, stats);
  }
  // Children are finished first to last, and pruned elements never nest: this is reading order.
  const removals = pruned.flatMap((element): HtmlRemoval[] => {
    const text = summariseText(element);
    return text === '' ? [] : [{ text, rule: 'page-chrome' }];
  });
  removeChildren(pruned);
  return removals;
}
