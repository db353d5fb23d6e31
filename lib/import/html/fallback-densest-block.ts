import type { LightElement } from './light/light-node';

const containerElements = new Set(['div', 'td', 'article', 'section', 'main', 'body', 'center', 'blockquote']);

const countCharacters = (text: string) => text.length - (text.match(/\s/gu)?.length ?? 0);

function nearestContainer(element: LightElement): LightElement | null {
  let current: LightElement | null = element;
  while (current && !containerElements.has(current.name)) current = current.parent;
  return current;
}

// The container holding the most text that is not link text: every element's own text, outside
// links, is credited to its nearest div/td/section-like ancestor, and the best-credited one wins.
// Navigation, tag clouds and related lists are mostly links and so earn next to nothing.
export function fallbackDensestBlock(body: LightElement): LightElement {
  const credit = new Map<LightElement, number>();
  const stack: { element: LightElement; isInLink: boolean }[] = [{ element: body, isInLink: false }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const isInLink = item.isInLink || item.element.name === 'a';
    let length = 0;
    const { children } = item.element;
    for (let index = children.length - 1; index >= 0; index -= 1) {
      const child = children[index];
      if (child?.kind === 'text') length += isInLink ? 0 : countCharacters(child.text);
      else if (child) stack.push({ element: child, isInLink });
    }
    const container = length > 0 ? nearestContainer(item.element) : null;
    if (container) credit.set(container, (credit.get(container) ?? 0) + length);
  }
  let best: LightElement = body;
  let bestCredit = 0;
  for (const [container, value] of credit) {
    if (value > bestCredit) [best, bestCredit] = [container, value];
  }
  return best;
}
