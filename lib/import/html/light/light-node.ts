// A minimal document tree for reading saved pages quickly: elements with lower-case names and
// attributes, and text. Only what the importer reads; no live DOM, nothing ever runs.
export interface LightText {
  kind: 'text';
  text: string;
  parent: LightElement;
}

export interface LightElement {
  kind: 'element';
  name: string;
  attributes: ReadonlyMap<string, string>;
  children: LightNode[];
  parent: LightElement | null;
}

export type LightNode = LightElement | LightText;

export interface LightDocument {
  html: LightElement;
  head: LightElement;
  body: LightElement;
}

export function createElement(name: string, attributes: ReadonlyMap<string, string>, parent: LightElement | null): LightElement {
  return { kind: 'element', name, attributes, children: [], parent };
}

export function getAttribute(element: LightElement, name: string): string | null {
  return element.attributes.get(name) ?? null;
}

// Every element under `root` (not root itself), in document order, without recursion: saved
// pages can nest thousands of levels deep.
export function* descendantElements(root: LightElement): Generator<LightElement> {
  const stack: LightNode[] = [...root.children].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.kind !== 'element') continue;
    yield node;
    for (let index = node.children.length - 1; index >= 0; index -= 1) stack.push(node.children[index] as LightNode);
  }
}

export function textContent(root: LightElement): string {
  let text = '';
  const stack: LightNode[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.kind === 'text') text += node.text;
    else for (let index = node.children.length - 1; index >= 0; index -= 1) stack.push(node.children[index] as LightNode);
  }
  return text;
}

export function removeElement(element: LightElement): void {
  const siblings = element.parent?.children;
  if (!siblings) return;
  const index = siblings.indexOf(element);
  if (index !== -1) siblings.splice(index, 1);
  element.parent = null;
}

export function closestElement(element: LightElement, names: ReadonlySet<string>): LightElement | null {
  for (let current: LightElement | null = element; current; current = current.parent) {
    if (names.has(current.name)) return current;
  }
  return null;
}
