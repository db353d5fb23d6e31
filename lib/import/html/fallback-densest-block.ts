const containerElements = new Set(['div', 'td', 'article', 'section', 'main', 'body', 'center', 'blockquote']);

function ownTextLength(element: Element): number {
  let length = 0;
  for (const child of element.childNodes) {
    if (child.nodeType === child.TEXT_NODE) length += (child.textContent ?? '').replace(/\s+/gu, '').length;
  }
  return length;
}

function nearestContainer(element: Element): Element | null {
  let current: Element | null = element;
  while (current && !containerElements.has(current.localName)) current = current.parentElement;
  return current;
}

// The container holding the most text that is not link text: every element's own text, outside
// links, is credited to its nearest div/td/section-like ancestor, and the best-credited one wins.
// Navigation, tag clouds and related lists are mostly links and so earn next to nothing.
export function fallbackDensestBlock(body: Element): Element {
  const credit = new Map<Element, number>();
  for (const element of [body, ...body.querySelectorAll('*')]) {
    if (element.closest('a')) continue;
    const length = ownTextLength(element);
    const container = length > 0 ? nearestContainer(element) : null;
    if (container) credit.set(container, (credit.get(container) ?? 0) + length);
  }
  let best: Element = body;
  let bestCredit = 0;
  for (const [container, value] of credit) {
    if (value > bestCredit) [best, bestCredit] = [container, value];
  }
  return best;
}
