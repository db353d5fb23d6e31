import { NextIntlClientProvider } from 'next-intl';
import { createElement, type ComponentProps } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import messages from '../../messages/zh-CN/editor.json';
import type { TiptapDoc } from '../../lib/rich-text/tiptap-doc';
import { ArticleBodyEditor } from './article-body-editor';

const doc: TiptapDoc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '"引号" <b>' }] }] };

function renderOnServer(): string {
  const provider: ComponentProps<typeof NextIntlClientProvider> = {
    locale: 'zh-CN',
    timeZone: 'Asia/Shanghai',
    messages: { editor: messages },
    children: createElement(ArticleBodyEditor, { name: 'body', initialContent: doc, label: '正文' }),
  };
  return renderToString(createElement(NextIntlClientProvider, provider));
}

describe('ArticleBodyEditor on the server', () => {
  it('renders a loading placeholder instead of the editor', () => {
    const html = renderOnServer();
    expect(html).toContain('aria-busy="true"');
    expect(html).toContain('正在加载编辑器…');
    expect(html).not.toContain('contenteditable');
  });

  it('already carries the initial body in the hidden field, escaped', () => {
    const html = renderOnServer();
    const value = /<input type="hidden" name="body" value="([^"]*)"\/>/.exec(html)?.[1];
    const decoded = value?.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
    expect(decoded && JSON.parse(decoded)).toEqual(doc);
  });

  it('shows the length of the body in Han characters and its reading time', () => {
    // '"引号" <b>': two Han characters and one Latin word; quotes and brackets count for nothing.
    expect(renderOnServer()).toContain('2 字 · 1 个外文词或数字 · 约 1 分钟读完');
  });
});
