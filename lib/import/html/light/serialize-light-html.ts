// Writes a LightDocument back out as well-formed HTML, for the DOM-based extractor to parse: text
// and attribute values escaped, event handlers and malformed names dropped, raw-text elements
// other than <title> left out (they never hold article text), and <base> replaced.
import type { LightDocument, LightElement, LightNode } from './light-node';
import { rawTextElements, voidElements } from './html-element-sets';

const safeElementName = /^[a-z][a-z0-9-]*$/u;
const safeAttributeName = /^[a-z_:][a-z0-9_:.-]*$/u;

const escapeText = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
const escapeAttribute = (value: string) => value.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;');

function openTag(element: LightElement): string {
  let tag = `<${element.name}`;
  for (const [name, value] of element.attributes) {
    if (safeAttributeName.test(name) && !name.startsWith('on')) tag += ` ${name}="${escapeAttribute(value)}"`;
  }
  return `${tag}>`;
}

// Iterative, like every walk over a saved page.
function serializeChildren(root: LightElement, left: string): string {
  const parts: string[] = [];
  const stack: (LightNode | string)[] = [...root.children].reverse();
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (typeof item === 'string') {
      parts.push(item);
      continue;
    }
    if (item.kind === 'text') {
      parts.push(escapeText(item.text));
      continue;
    }
    const isSafe = safeElementName.test(item.name);
    if (item.name === left || (isSafe && rawTextElements.has(item.name) && item.name !== 'title')) continue;
    if (isSafe) parts.push(openTag(item));
    if (isSafe && voidElements.has(item.name)) continue;
    if (isSafe) stack.push(`</${item.name}>`);
    for (let index = item.children.length - 1; index >= 0; index -= 1) stack.push(item.children[index] as LightNode);
  }
  return parts.join('');
}

// `baseUrl`, when given, becomes the document's only <base href>, so links resolve as on the page.
export function serializeLightHtml(document: LightDocument, baseUrl = ''): string {
  const base = baseUrl === '' ? '' : `<base href="${escapeAttribute(baseUrl)}">`;
  return `<!DOCTYPE html><html><head>${base}${serializeChildren(document.head, 'base')}</head><body>${serializeChildren(document.body, 'base')}</body></html>`;
}
