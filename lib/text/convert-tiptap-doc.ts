import type { TiptapDoc, TiptapNode } from '@/lib/rich-text/tiptap-doc';

type Convert = (text: string) => string;

const isConvertibleText = (node: TiptapNode) => node.type === 'text' && typeof node.text === 'string' && !node.marks?.some((mark) => mark.type === 'code');

// Adjacent text nodes convert as one string, so a phrase split by a mark (软<b>件</b>) still
// converts as a phrase; the result is cut back at the same offsets when the conversion kept the
// length, and otherwise each node converts on its own.
function convertRun(run: TiptapNode[], convert: Convert): TiptapNode[] {
  const texts = run.map((node) => node.text ?? '');
  const original = texts.join('');
  const joined = convert(original);
  let pieces = texts.map(convert);
  if (joined.length === original.length && joined !== pieces.join('')) {
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
 * Every text of a Tiptap body, image alt texts and captions included, through `convert`.
 * Structure, marks and link targets stay; inline code and code blocks are left alone.
 */
export function convertTiptapDoc(doc: TiptapDoc, convert: Convert): TiptapDoc {
  return { ...doc, content: doc.content.map((node) => convertNode(node, convert)) };
}
