import { describe, expect, it } from 'vitest';
import { tiptapDocSchema } from '../rich-text/tiptap-doc-schema';
import type { TiptapDoc, TiptapMark, TiptapNode } from '../rich-text/tiptap-doc';
import { convertArticleScript } from './convert-article-script';

const text = (value: string, ...marks: TiptapMark[]): TiptapNode => (marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value });
const paragraph = (...content: TiptapNode[]): TiptapNode => ({ type: 'paragraph', content });
const doc = (...content: TiptapNode[]): TiptapDoc => ({ type: 'doc', content });
const bold = { type: 'bold' };
const link = { type: 'link', attrs: { href: 'https://example.cn/软件' } };

function toTraditional(body: TiptapDoc) {
  return convertArticleScript({ to: 'HANT', texts: {}, body }).body;
}

describe('convertArticleScript', () => {
  it('converts the texts both ways, leaving full-width punctuation as it is', () => {
    const texts = { title: '软件和信息服务业“知识产权”「里面」，后来。', excerpt: '' };
    const traditional = convertArticleScript({ to: 'HANT', texts, body: doc(paragraph()) }).texts;
    expect(traditional).toEqual({ title: '軟體和資訊服務業“智慧財產權”「裡面」，後來。', excerpt: '' });
    const simplified = convertArticleScript({ to: 'HANS', texts: { title: '頭髮乾燥，「後來」裡面。' }, body: doc(paragraph()) }).texts;
    expect(simplified).toEqual({ title: '头发干燥，「后来」里面。' });
  });

  it('converts a phrase split by a mark as one phrase, keeping the marks where they were', () => {
    expect(toTraditional(doc(paragraph(text('用'), text('软', bold), text('件', link), text('。'))))).toEqual(
      doc(paragraph(text('用'), text('軟', bold), text('體', link), text('。'))),
    );
  });

  it('converts each node on its own when a phrase changes length across a mark', () => {
    expect(toTraditional(doc(paragraph(text('保护知识', bold), text('产权'))))).toEqual(doc(paragraph(text('保護知識', bold), text('產權'))));
    expect(toTraditional(doc(paragraph(text('保护知识产权'))))).toEqual(doc(paragraph(text('保護智慧財產權'))));
  });

  it('keeps hard breaks, links, code and code blocks; converts image alt texts and captions', () => {
    const body = doc(
      paragraph(text('头发'), { type: 'hardBreak' }, text('printf("后来")', { type: 'code' }), text('后来', link)),
      { type: 'codeBlock', attrs: { language: null }, content: [text('const 后来 = 1;')] },
      { type: 'image', attrs: { src: '/uploads/后来.jpg', alt: '头发', caption: '图为头发。' } },
      { type: 'image', attrs: { src: 'https://img.example.cn/a.jpg', alt: '', caption: null } },
    );
    expect(toTraditional(body)).toEqual(
      doc(
        paragraph(text('頭髮'), { type: 'hardBreak' }, text('printf("后来")', { type: 'code' }), text('後來', link)),
        { type: 'codeBlock', attrs: { language: null }, content: [text('const 后来 = 1;')] },
        { type: 'image', attrs: { src: '/uploads/后来.jpg', alt: '頭髮', caption: '圖為頭髮。' } },
        { type: 'image', attrs: { src: 'https://img.example.cn/a.jpg', alt: '', caption: null } },
      ),
    );
  });

  it('keeps the structure of nested blocks, gives a valid body and leaves the input untouched', () => {
    const body = doc(
      { type: 'heading', attrs: { level: 2 }, content: [text('范围')] },
      { type: 'blockquote', content: [paragraph(text('“后来”'))] },
      { type: 'orderedList', attrs: { start: 3, type: null }, content: [{ type: 'listItem', content: [paragraph(text('头发')), { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('干燥'))] }] }] }] },
      { type: 'horizontalRule' },
      paragraph(),
    );
    const before = structuredClone(body);
    const converted = toTraditional(body);
    expect(body).toEqual(before);
    expect(converted).toEqual(
      doc(
        { type: 'heading', attrs: { level: 2 }, content: [text('範圍')] },
        { type: 'blockquote', content: [paragraph(text('“後來”'))] },
        { type: 'orderedList', attrs: { start: 3, type: null }, content: [{ type: 'listItem', content: [paragraph(text('頭髮')), { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('乾燥'))] }] }] }] },
        { type: 'horizontalRule' },
        paragraph(),
      ),
    );
    expect(tiptapDocSchema.safeParse(converted).error?.issues).toBeUndefined();
    expect(convertArticleScript({ to: 'HANS', texts: {}, body: converted }).body).toEqual(body);
  });
});
