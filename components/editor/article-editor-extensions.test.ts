import { getSchema } from '@tiptap/core';
import { DOMParser as ProseMirrorDOMParser, DOMSerializer } from '@tiptap/pm/model';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sampleArticleDoc } from '../../lib/rich-text/fixtures/sample-article-doc';
import { tiptapDocSchema } from '../../lib/rich-text/tiptap-doc-schema';
import { articleEditorExtensions } from './article-editor-extensions';

const editorSchema = getSchema(articleEditorExtensions);

describe('the editor and tiptap-doc-schema agree', () => {
  it('the editor knows exactly the nodes the schema accepts', () => {
    expect(Object.keys(editorSchema.nodes).sort()).toEqual(
      ['blockquote', 'bulletList', 'codeBlock', 'doc', 'hardBreak', 'heading', 'horizontalRule', 'image', 'listItem', 'orderedList', 'paragraph', 'text'],
    );
  });

  it('the editor knows exactly the marks the schema accepts', () => {
    expect(Object.keys(editorSchema.marks).sort()).toEqual(['bold', 'code', 'italic', 'link', 'strike', 'underline']);
  });

  it('the sample article is exactly what the editor serialises', () => {
    const node = editorSchema.nodeFromJSON(sampleArticleDoc);
    expect(() => node.check()).not.toThrow();
    expect(node.toJSON()).toEqual(sampleArticleDoc);
  });

  it('editor output with every attribute default filled in passes the schema', () => {
    const bare = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: '题' }] },
        { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
        { type: 'codeBlock', content: [{ type: 'text', text: 'x' }] },
        { type: 'paragraph', content: [{ type: 'text', text: '链', marks: [{ type: 'link', attrs: { href: 'https://a.cn' } }] }] },
      ],
    };
    const serialised = editorSchema.nodeFromJSON(bare).toJSON();
    expect(tiptapDocSchema.safeParse(serialised).error?.issues).toBeUndefined();
  });
});

describe('images in the editor', () => {
  const { document } = new JSDOM('').window;
  const importedDoc = {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: '恩施土豆获金奖。' }] },
      { type: 'image', attrs: { src: 'https://img.example.cn/2021/tudou.jpg', alt: '恩施土豆', caption: '图为恩施土豆。' } },
      { type: 'image', attrs: { src: '/uploads/2021/a.jpg', alt: '', caption: null } },
    ],
  };

  function parseHtml(html: string) {
    const container = document.createElement('div');
    container.innerHTML = html;
    return ProseMirrorDOMParser.fromSchema(editorSchema).parse(container).toJSON() as { content: { type: string; attrs?: unknown }[] };
  }

  it('keeps an imported image, its alt text and caption exactly', () => {
    const node = editorSchema.nodeFromJSON(importedDoc);
    expect(() => node.check()).not.toThrow();
    expect(node.toJSON()).toEqual(importedDoc);
    expect(tiptapDocSchema.safeParse(node.toJSON()).error?.issues).toBeUndefined();
  });

  it('fills in an empty alt text and no caption for an image with only a source', () => {
    const serialised = editorSchema.nodeFromJSON({ type: 'doc', content: [{ type: 'image', attrs: { src: '/uploads/a.jpg' } }] }).toJSON();
    expect(serialised.content[0].attrs).toEqual({ src: '/uploads/a.jpg', alt: '', caption: null });
    expect(tiptapDocSchema.safeParse(serialised).error?.issues).toBeUndefined();
  });

  it('shows an image as a figure and reads it back unchanged (copy and paste)', () => {
    const fragment = DOMSerializer.fromSchema(editorSchema).serializeFragment(editorSchema.nodeFromJSON(importedDoc).content, { document });
    const container = document.createElement('div');
    container.append(fragment);
    expect(container.querySelector('figure img')?.getAttribute('src')).toBe('https://img.example.cn/2021/tudou.jpg');
    expect(container.querySelector('figure figcaption')?.textContent).toBe('图为恩施土豆。');
    expect(container.querySelectorAll('figcaption')).toHaveLength(1);
    expect(container.querySelector('img')?.hasAttribute('caption')).toBe(false);
    expect(parseHtml(container.innerHTML)).toEqual(importedDoc);
  });

  it('takes pasted web images with their caption', () => {
    const parsed = parseHtml('<figure><img src="https://img.example.cn/b.png" alt="图"><figcaption> 记者 摄 </figcaption></figure><img src="https://img.example.cn/c.png">');
    expect(parsed.content).toEqual([
      { type: 'image', attrs: { src: 'https://img.example.cn/b.png', alt: '图', caption: '记者 摄' } },
      { type: 'image', attrs: { src: 'https://img.example.cn/c.png', alt: '', caption: null } },
    ]);
  });

  it.each([
    ['javascript:', '<img src="javascript:alert(1)">'],
    ['data:', '<img src="data:image/png;base64,iVBORw0KGgo=">'],
    ['relative', '<figure><img src="a.png"><figcaption>说明</figcaption></figure>'],
    ['protocol-relative', '<img src="//evil.example/a.png">'],
  ])('does not take pasted images with a %s source', (_kind, html) => {
    expect(parseHtml(html).content.some((node) => node.type === 'image')).toBe(false);
  });
});
