import type { LightElement } from './light-node';

export interface TextStats {
  characters: number; // non-whitespace characters of the whole subtree
  linkCharacters: number; // of which inside links
  ownCharacters: number; // in the element's own text nodes (text written directly in a div or td)
  commas: number;
}

const countCharacters = (text: string) => text.length - (text.match(/\s/gu)?.length ?? 0);
const countCommas = (text: string) => text.match(/[,，]/gu)?.length ?? 0;

// Text statistics for every element under root, in one post-order walk without recursion.
export function measureText(root: LightElement): Map<LightElement, TextStats> {
  const stats = new Map<LightElement, TextStats>();
  const stack: { element: LightElement; isExpanded: boolean }[] = [{ element: root, isExpanded: false }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { element: LightElement; isExpanded: boolean };
    if (!top.isExpanded) {
      top.isExpanded = true;
      for (const child of top.element.children) if (child.kind === 'element') stack.push({ element: child, isExpanded: false });
      continue;
    }
    stack.pop();
    const own: TextStats = { characters: 0, linkCharacters: 0, ownCharacters: 0, commas: 0 };
    for (const child of top.element.children) {
      if (child.kind === 'text') {
        const characters = countCharacters(child.text);
        own.characters += characters;
        own.ownCharacters += characters;
        own.commas += countCommas(child.text);
        continue;
      }
      const childStats = stats.get(child);
      if (!childStats) continue;
      own.characters += childStats.characters;
      own.linkCharacters += childStats.linkCharacters;
      own.commas += childStats.commas;
    }
    if (top.element.name === 'a') own.linkCharacters = own.characters;
    stats.set(top.element, own);
  }
  return stats;
}
