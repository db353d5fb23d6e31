import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { sampleArticleDoc } from '../../lib/rich-text/fixtures/sample-article-doc';
import { tiptapDocSchema } from '../../lib/rich-text/tiptap-doc-schema';
import { articleEditorExtensions } from './article-editor-extensions';

const editorSchema = getSchema(articleEditorExtensions);

describe('the editor and tiptap-doc-schema agree', () => {
  it('the editor knows exactly the nodes the schema accepts', () => {
    expect(Object.keys(editorSchema.nodes).sort()).toEqual(
      ['blockquote', 'bulletList', 'codeBlock', 'doc', 'hardBreak', 'heading', 'horizontalRule', 'listItem', 'orderedList', 'paragraph', 'text'],
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
