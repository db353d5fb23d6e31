import type { LightElement } from './light-node';

// Detaches many elements at once, rebuilding each parent's child list a single time (removing
// them one by one is quadratic on a parent with thousands of children).
export function removeChildren(elements: readonly LightElement[]): void {
  const byParent = new Map<LightElement, Set<LightElement>>();
  for (const element of elements) {
    if (!element.parent) continue;
    let siblings = byParent.get(element.parent);
    if (!siblings) byParent.set(element.parent, (siblings = new Set()));
    siblings.add(element);
  }
  for (const [parent, doomed] of byParent) {
    parent.children = parent.children.filter((child) => child.kind !== 'element' || !doomed.has(child));
    for (const element of doomed) element.parent = null;
  }
}
