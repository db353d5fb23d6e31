import { normaliseLinkHref } from '../rich-text/normalise-link-href';
import type { TiptapMark, TiptapNode } from '../rich-text/tiptap-doc';
import { escapeHtml } from './escape-html';
import { nodeTextContent } from './node-text-content';

export interface InlineRenderContext {
  /** Origin of the public site, e.g. "https://news.example.com"; links elsewhere are external. */
  siteOrigin?: string;
}

interface OpenTag {
  open: string;
  close: string;
}

// Outermost first, so a link spanning bold and plain text stays one <a>.
const SIMPLE_MARK_TAGS: ReadonlyArray<readonly [string, string]> = [
  ['bold', 'strong'],
  ['italic', 'em'],
  ['underline', 'u'],
  ['strike', 's'],
  ['code', 'code'],
];

function isExternal(href: string, siteOrigin: string | undefined): boolean {
  const url = new URL(href);
  if (url.protocol === 'mailto:') return false;
  return siteOrigin === undefined || !URL.canParse(siteOrigin) || new URL(siteOrigin).origin !== url.origin;
}

function linkTag(mark: TiptapMark, context: InlineRenderContext): OpenTag | null {
  const rawHref = mark.attrs?.href;
  const href = typeof rawHref === 'string' ? normaliseLinkHref(rawHref) : null;
  if (href === null) return null;
  let attributes = `href="${escapeHtml(href)}"`;
  const title = mark.attrs?.title;
  if (typeof title === 'string' && title !== '') attributes += ` title="${escapeHtml(title)}"`;
  if (isExternal(href, context.siteOrigin)) {
    if (mark.attrs?.target === '_blank') attributes += ' target="_blank"';
    attributes += ' rel="noopener noreferrer nofollow"';
  }
  return { open: `<a ${attributes}>`, close: '</a>' };
}

function resolveMarks(marks: TiptapMark[] | undefined, context: InlineRenderContext): OpenTag[] {
  if (!Array.isArray(marks)) return [];
  const tags: OpenTag[] = [];
  const link = marks.find((mark) => mark.type === 'link');
  const linkOpenTag = link ? linkTag(link, context) : null;
  if (linkOpenTag) tags.push(linkOpenTag);
  for (const [type, tag] of SIMPLE_MARK_TAGS) {
    if (marks.some((mark) => mark.type === type)) tags.push({ open: `<${tag}>`, close: `</${tag}>` });
  }
  return tags;
}

function renderInlineNode(node: TiptapNode): string {
  if (node.type === 'hardBreak') return '<br>';
  return escapeHtml(nodeTextContent(node));
}

/** Renders inline content, reusing open mark tags across adjacent nodes as ProseMirror does. */
export function renderInlineHtml(nodes: TiptapNode[], context: InlineRenderContext): string {
  let html = '';
  const open: OpenTag[] = [];
  for (const node of nodes) {
    const tags = resolveMarks(node.marks, context);
    let shared = 0;
    while (shared < open.length && shared < tags.length && open[shared]?.open === tags[shared]?.open) shared++;
    while (open.length > shared) html += open.pop()?.close ?? '';
    for (const tag of tags.slice(shared)) {
      html += tag.open;
      open.push(tag);
    }
    html += renderInlineNode(node);
  }
  while (open.length > 0) html += open.pop()?.close ?? '';
  return html;
}
