import type { TiptapNode } from '../rich-text/tiptap-doc';
import { convertToSimplified } from '../text/convert-to-simplified';
import type { ImportResult } from './import-result';

const convertOrNull = (text: string | null) => (text === null ? null : convertToSimplified(text));

function convertNode(node: TiptapNode): TiptapNode {
  const converted: TiptapNode = { ...node };
  if (node.text !== undefined) converted.text = convertToSimplified(node.text);
  if (node.type === 'image' && node.attrs) {
    const { alt, caption } = node.attrs as { alt?: unknown; caption?: unknown };
    converted.attrs = {
      ...node.attrs,
      alt: typeof alt === 'string' ? convertToSimplified(alt) : alt,
      caption: typeof caption === 'string' ? convertToSimplified(caption) : caption,
    };
  }
  if (node.content) converted.content = node.content.map(convertNode);
  return converted;
}

// The article in Simplified script (OpenCC t2cn, phrase level): title, excerpt, body text and
// metadata strings, and the page's tag terms. `original`, removed lines and repairs keep the
// page's own text, since they describe it.
export function convertResultToSimplified({ article, report, original }: ImportResult): ImportResult {
  return {
    article: {
      ...article,
      title: convertToSimplified(article.title),
      excerpt: convertToSimplified(article.excerpt),
      body: { type: 'doc', content: article.body.content.map(convertNode) },
      bodyText: convertToSimplified(article.bodyText),
      sourceName: convertOrNull(article.sourceName),
      byline: convertOrNull(article.byline),
      datelinePlace: convertOrNull(article.datelinePlace),
      script: 'HANS',
    },
    report: { ...report, pageTags: [...new Set(report.pageTags.map(convertToSimplified))], convertedToSimplified: true },
    original,
  };
}
