import type { TiptapDoc, TiptapNode } from '../rich-text/tiptap-doc';
import { convertToSimplified } from './convert-to-simplified';
import { convertToTraditional } from './convert-to-traditional';

export type ArticleScript = 'HANS' | 'HANT';

export interface ArticleScriptInput {
  to: ArticleScript;
  texts: Record<string, string>;
  body: TiptapDoc;
}

type Convert = (text: string) => string;

const isConvertibleText = (node: TiptapNode) => node.type === 'text' && typeof node.text === 'string' && !node.marks?.some((mark) => mark.type === 'code');

/**
 * Converts a run of adjacent text nodes as one string, so a phrase split by a mark (软<b>件</b>)
 * still converts as a phrase; the result is cut back at the same offsets when the conversion kept
 * the length, and otherwise each node is converted on its own.
 */
function convertRun(run: TiptapNode[], convert: Convert): TiptapNode[] {
  const texts = run.map((node) => node.text ?? '');
  const joined = convert(texts.join(''));
  let pieces = texts.map(convert);
  if (joined.length === texts.join('').length && joined !== pieces.join('')) {
    let offset = 0;
    pieces = texts.map((text) => joined.slice(offset, (offset += text.length)));
  }
  return run.map((node, index) => ({ ...node, text: pieces[index] ?? '' }));
}

function convertInline(children: TiptapNode[], convert: Convert): TiptapNode[] {
  const result: TiptapNode[] = [];
  let run: TiptapNode[] = [];
  const flush = () => {
    if (run.length > 0) result.push(...convertRun(run, convert));
    run = [];
  };
  for (const child of children) {
    if (isConvertibleText(child)) {
      run.push(child);
      continue;
    }
    flush();
    result.push(child);
  }
  flush();
  return result;
}

function convertImageAttrs(attrs: Record<string, unknown> | undefined, convert: Convert): Record<string, unknown> | undefined {
  if (!attrs) return attrs;
  const converted = { ...attrs };
  for (const key of ['alt', 'caption']) {
    const value = attrs[key];
    if (typeof value === 'string') converted[key] = convert(value);
  }
  return converted;
}

function convertNode(node: TiptapNode, convert: Convert): TiptapNode {
  if (node.type === 'codeBlock') return node;
  if (node.type === 'image') return { ...node, attrs: convertImageAttrs(node.attrs, convert) };
  if (!node.content) return node;
  const content = node.content.some((child) => child.type === 'text') ? convertInline(node.content, convert) : node.content.map((child) => convertNode(child, convert));
  return { ...node, content };
}

/**
 * An article in the other script: the given texts (title, excerpt...), every text of the body
 * and image alt texts and captions, Traditional → Simplified (OpenCC t2cn) or Simplified →
 * Traditional (s2twp, with Taiwan phrases). Structure, marks and links stay as they are; code is
 * left alone. Full-width punctuation passes through unchanged.
 */
export function convertArticleScript(input: ArticleScriptInput): { texts: Record<string, string>; body: TiptapDoc } {
  const convert = input.to === 'HANS' ? convertToSimplified : convertToTraditional;
  const texts = Object.fromEntries(Object.entries(input.texts).map(([key, value]) => [key, convert(value)]));
  const body = { ...input.body, content: input.body.content.map((node) => convertNode(node, convert)) };
  return { texts, body };
}
