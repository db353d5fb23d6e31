import { describe, expect, it } from 'vitest';
import type { TiptapDoc, TiptapNode } from '@/lib/rich-text/tiptap-doc';
import { convertForVariant } from '@/lib/variants/convert-for-variant';
import { convertTiptapDoc } from './convert-tiptap-doc';

const text = (value: string, ...marks: { type: string; attrs?: Record<string, unknown> }[]): TiptapNode => (marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value });
const doc = (...content: TiptapNode[]): TiptapDoc => ({ type: 'doc', content });
const toTaiwan = (body: TiptapDoc) => convertTiptapDoc(body, (value) => convertForVariant(value, 'zh-tw'));
const link = { type: 'link', attrs: { href: 'https://example.cn/软件' } };

describe('convertTiptapDoc', () => {
  it('converts a phrase split by marks as a phrase, keeping the marks and link targets', () => {
    const body = doc({ type: 'paragraph', content: [text('软', { type: 'bold' }), text('件', link), text('。')] });
    expect(toTaiwan(body)).toEqual(doc({ type: 'paragraph', content: [text('軟', { type: 'bold' }), text('體', link), text('。')] }));
  });

  it('converts each node on its own when the phrase changes length, inside nested blocks too', () => {
    const body = doc({ type: 'blockquote', content: [{ type: 'paragraph', content: [text('保护知识', { type: 'bold' }), text('产权')] }] });
    expect(toTaiwan(body)).toEqual(doc({ type: 'blockquote', content: [{ type: 'paragraph', content: [text('保護知識', { type: 'bold' }), text('產權')] }] }));
  });

  it('leaves code alone and converts image alt texts and captions', () => {
    const body = doc(
      { type: 'codeBlock', attrs: { language: null }, content: [text('const 软件 = 1;')] },
      { type: 'image', attrs: { src: '/uploads/软件.jpg', alt: '软件', caption: '图为软件。' } },
    );
    expect(toTaiwan(body)).toEqual(doc(
      { type: 'codeBlock', attrs: { language: null }, content: [text('const 软件 = 1;')] },
      { type: 'image', attrs: { src: '/uploads/软件.jpg', alt: '軟體', caption: '圖為軟體。' } },
    ));
  });
});
