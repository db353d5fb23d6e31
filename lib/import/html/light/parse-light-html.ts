// A fast, forgiving HTML parser for saved pages: one pass over the string, browser-like recovery
// for what real pages get wrong (unclosed <p> and <li>, stray end tags, unquoted attributes,
// unterminated comments), raw-text elements skipped whole, and nesting capped so that no later
// walk can overflow the stack. It builds a LightDocument; it never runs or fetches anything.
import { decodeHtmlEntities } from './decode-html-entities';
import { createElement, type LightDocument, type LightElement } from './light-node';
import { closesParagraph, headElements, impliedEndTags, rawTextElements, scopeBoundaries, specialElements, voidElements } from './html-element-sets';

const paragraph = new Set(['p']);

export const maxNestingDepth = 200;

const tagName = /<(\/?)([a-zA-Z][^\t\n\f\r />]*)/y;
const attribute = /[\t\n\f\r /]*([^\t\n\f\r />][^\t\n\f\r />=]*)(?:[\t\n\f\r ]*=[\t\n\f\r ]*(?:"([^"]*)"?|'([^']*)'?|([^\t\n\f\r >]*)))?/y;
const tagEnd = /[\t\n\f\r ]*(\/?)>/y;
const rawTextEnds = new Map<string, RegExp>();

function rawTextEnd(name: string): RegExp {
  let pattern = rawTextEnds.get(name);
  if (!pattern) {
    pattern = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'giu');
    rawTextEnds.set(name, pattern);
  }
  return pattern;
}

interface StartTag {
  name: string;
  attributes: ReadonlyMap<string, string>;
  isSelfClosing: boolean;
  end: number; // offset just past the tag's `>`, or -1 when the input ends inside the tag
}

// Most elements have no attributes: they share one empty map instead of allocating their own.
const noAttributes: ReadonlyMap<string, string> = new Map();

function readStartTag(html: string, name: string, from: number): StartTag {
  let attributes: Map<string, string> | null = null;
  let position = from;
  while (position < html.length) {
    tagEnd.lastIndex = position;
    const closing = tagEnd.exec(html);
    if (closing) return { name, attributes: attributes ?? noAttributes, isSelfClosing: closing[1] === '/', end: tagEnd.lastIndex };
    attribute.lastIndex = position;
    const match = attribute.exec(html);
    if (!match || attribute.lastIndex === position) {
      position += 1;
      continue;
    }
    const attributeName = (match[1] ?? '').toLowerCase();
    attributes ??= new Map();
    if (!attributes.has(attributeName)) attributes.set(attributeName, decodeHtmlEntities(match[2] ?? match[3] ?? match[4] ?? ''));
    position = attribute.lastIndex;
  }
  return { name, attributes: attributes ?? noAttributes, isSelfClosing: false, end: -1 };
}

class TreeBuilder {
  readonly document: LightDocument;
  private readonly stack: LightElement[];
  private isInBody = false;
  private foreignDepth = 0;
  private readonly skippedOpenTags = new Map<string, number>();

  constructor() {
    const html = createElement('html', new Map(), null);
    const head = createElement('head', new Map(), html);
    const body = createElement('body', new Map(), html);
    html.children.push(head, body);
    this.document = { html, head, body };
    this.stack = [body];
  }

  private get current(): LightElement {
    return this.stack[this.stack.length - 1] ?? this.document.body;
  }

  text(text: string): void {
    if (text === '') return;
    if (!this.isInBody) {
      if (text.trim() === '') return;
      this.isInBody = true;
    }
    const parent = this.current;
    const last = parent.children[parent.children.length - 1];
    if (last?.kind === 'text') last.text += text;
    else parent.children.push({ kind: 'text', text, parent });
  }

  // Appends an element; returns it so raw-text content can be added.
  start({ name, attributes, isSelfClosing }: StartTag): LightElement | null {
    if (name === 'html' || name === 'head' || name === 'body') {
      if (name === 'body') this.isInBody = true;
      return null;
    }
    if (!this.isInBody && headElements.has(name)) return this.append(this.document.head, name, attributes);
    this.isInBody = true;
    this.closeImplied(name);
    const parent = this.current;
    if (voidElements.has(name) || (isSelfClosing && this.foreignDepth > 0)) return this.append(parent, name, attributes);
    if (this.stack.length >= maxNestingDepth && !rawTextElements.has(name)) {
      this.skippedOpenTags.set(name, (this.skippedOpenTags.get(name) ?? 0) + 1);
      return null;
    }
    const element = this.append(parent, name, attributes);
    if (!rawTextElements.has(name)) {
      this.stack.push(element);
      if (name === 'svg' || name === 'math') this.foreignDepth += 1;
    }
    return element;
  }

  end(name: string): void {
    const skipped = this.skippedOpenTags.get(name) ?? 0;
    if (skipped > 0) {
      this.skippedOpenTags.set(name, skipped - 1);
      return;
    }
    if (name === 'br') {
      this.start({ name: 'br', attributes: noAttributes, isSelfClosing: false, end: 0 });
      return;
    }
    const isPhrasing = !specialElements.has(name);
    for (let index = this.stack.length - 1; index >= 1; index -= 1) {
      const open = this.stack[index] as LightElement;
      if (open.name === name) {
        this.popTo(index);
        return;
      }
      if (isPhrasing ? specialElements.has(open.name) : scopeBoundaries.has(open.name)) return;
    }
  }

  private append(parent: LightElement, name: string, attributes: ReadonlyMap<string, string>): LightElement {
    const element = createElement(name, attributes, parent);
    parent.children.push(element);
    return element;
  }

  private popTo(index: number): void {
    for (let top = this.stack.length - 1; top >= index; top -= 1) {
      const name = this.stack[top]?.name;
      if (name === 'svg' || name === 'math') this.foreignDepth -= 1;
    }
    this.stack.length = Math.max(1, index);
  }

  // What browsers close for you: the previous <li>, <dt>/<dd>, cell, row or option, a heading
  // directly inside a heading, a link inside a link; then an open <p> before a block.
  private closeImplied(name: string): void {
    const implied = impliedEndTags.get(name);
    if (implied) this.closeFirst(implied.closes, implied.stopAt);
    if (closesParagraph.has(name)) this.closeFirst(paragraph, scopeBoundaries);
  }

  private closeFirst(names: ReadonlySet<string>, stopAt: ReadonlySet<string> | 'top-only'): void {
    const bottom = stopAt === 'top-only' ? this.stack.length - 1 : 1;
    for (let index = this.stack.length - 1; index >= Math.max(1, bottom); index -= 1) {
      const open = this.stack[index] as LightElement;
      if (names.has(open.name)) {
        this.popTo(index);
        return;
      }
      if (stopAt !== 'top-only' && stopAt.has(open.name)) return;
    }
  }
}

export function parseLightHtml(html: string): LightDocument {
  const builder = new TreeBuilder();
  let position = 0;
  while (position < html.length) {
    const open = html.indexOf('<', position);
    if (open === -1) {
      builder.text(decodeHtmlEntities(html.slice(position)));
      break;
    }
    if (open > position) builder.text(decodeHtmlEntities(html.slice(position, open)));
    position = readMarkup(html, open, builder);
  }
  return builder.document;
}

// Reads whatever starts at a `<` and returns where to continue.
function readMarkup(html: string, open: number, builder: TreeBuilder): number {
  const next = html[open + 1];
  if (next === '!' || next === '?') {
    if (html.startsWith('<!--', open)) {
      if (html.startsWith('>', open + 4)) return open + 5;
      if (html.startsWith('->', open + 4)) return open + 6;
      const close = html.indexOf('-->', open + 4);
      return close === -1 ? html.length : close + 3;
    }
    const close = html.indexOf('>', open + 2);
    return close === -1 ? html.length : close + 1;
  }
  tagName.lastIndex = open;
  const match = tagName.exec(html);
  if (!match) {
    if (next === '/') {
      const close = html.indexOf('>', open + 2);
      return close === -1 ? html.length : close + 1;
    }
    builder.text('<');
    return open + 1;
  }
  const name = (match[2] ?? '').toLowerCase();
  const tag = readStartTag(html, name, tagName.lastIndex);
  if (tag.end === -1) return html.length;
  if (match[1] === '/') {
    builder.end(name);
    return tag.end;
  }
  const element = builder.start(tag);
  if (!element || !rawTextElements.has(name)) return tag.end;
  if (name === 'plaintext') {
    element.children.push({ kind: 'text', text: html.slice(tag.end), parent: element });
    return html.length;
  }
  const endPattern = rawTextEnd(name);
  endPattern.lastIndex = tag.end;
  const end = endPattern.exec(html);
  const contentEnd = end ? end.index : html.length;
  const raw = html.slice(tag.end, contentEnd);
  const text = name === 'title' || name === 'textarea' ? decodeHtmlEntities(raw) : raw;
  if (text !== '') element.children.push({ kind: 'text', text, parent: element });
  if (!end) return html.length;
  const close = html.indexOf('>', end.index);
  return close === -1 ? html.length : close + 1;
}
