import { describe, expect, it } from 'vitest';
import type { HtmlBlock, HtmlImage } from './html-article';
import { toHtmlTiptapDoc } from './to-html-tiptap-doc';

const image = (src: string, afterBlock: number | null): HtmlImage => ({ src, alt: '图', caption: null, afterBlock });
const imageNode = (src: string) => ({ type: 'image', attrs: { src, alt: '图', caption: null } });

describe('toHtmlTiptapDoc', () => {
  const blocks: HtmlBlock[] = [
    { type: 'heading', text: '小标题' },
    { type: 'paragraph', text: '第一段，详见通知和附件。', links: [{ text: '通知', href: 'https://a.example/1' }, { text: '不在文中', href: 'https://a.example/2' }, { text: '附件', href: 'https://a.example/3' }] },
    { type: 'paragraph', text: '第二段。' },
  ];

  it('writes h2 headings and paragraphs with link marks, dropping links whose text is gone', () => {
    expect(toHtmlTiptapDoc(blocks, []).content).toEqual([
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: '小标题' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: '第一段，详见' },
          { type: 'text', text: '通知', marks: [{ type: 'link', attrs: { href: 'https://a.example/1' } }] },
          { type: 'text', text: '和' },
          { type: 'text', text: '附件', marks: [{ type: 'link', attrs: { href: 'https://a.example/3' } }] },
          { type: 'text', text: '。' },
        ],
      },
      { type: 'paragraph', content: [{ type: 'text', text: '第二段。' }] },
    ]);
  });

  it('puts images where the page has them, and one whose place was lost after the lead', () => {
    const doc = toHtmlTiptapDoc(blocks, [image('https://a.example/top.jpg', -1), image('https://a.example/end.jpg', 2), image('https://a.example/lost.jpg', null)]);
    expect(doc.content.map((node) => (node.type === 'image' ? String(node.attrs?.src) : node.type))).toEqual([
      'https://a.example/top.jpg',
      'heading',
      'paragraph',
      'https://a.example/lost.jpg',
      'paragraph',
      'https://a.example/end.jpg',
    ]);
    expect(doc.content[0]).toEqual(imageNode('https://a.example/top.jpg'));
  });

  it('trims an alt text or caption longer than the body may hold, and drops an image whose address is too long', () => {
    const long: HtmlImage = { src: 'https://a.example/p.jpg', alt: '图'.repeat(1500), caption: '说'.repeat(2500), afterBlock: 0 };
    const tooLongSrc = image(`https://a.example/${'a'.repeat(2100)}.jpg`, 0);
    const nodes = toHtmlTiptapDoc(blocks.slice(0, 1), [long, tooLongSrc]).content;
    expect(nodes.map((node) => node.type)).toEqual(['heading', 'image']);
    expect(String(nodes[1]?.attrs?.alt)).toBe(`${'图'.repeat(999)}…`);
    expect(String(nodes[1]?.attrs?.caption)).toHaveLength(2000);
  });
});
