import { NextIntlClientProvider } from 'next-intl';
import { createElement, type ComponentProps } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import enMessages from '../../../messages/en/history.json';
import zhMessages from '../../../messages/zh-CN/history.json';
import type { ArticleDiff, DiffBlock } from '../../../lib/revisions/diff-article-versions';
import { ArticleDiffView } from './article-diff-view';

function render(diff: ArticleDiff, locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  const messages = { history: locale === 'en' ? enMessages : zhMessages };
  const view = createElement(ArticleDiffView, { diff, beforeLabel: '版本 2', afterLabel: '当前' });
  const provider: ComponentProps<typeof NextIntlClientProvider> = { locale, timeZone: 'Asia/Shanghai', messages, children: view };
  return renderToStaticMarkup(createElement(NextIntlClientProvider, provider));
}

const same = (text: string): DiffBlock => ({ kind: 'same', segments: [{ kind: 'same', text }] });

function keyPaths(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'object' && child !== null ? keyPaths(child as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('ArticleDiffView', () => {
  it('marks removed and added text with <del>/<ins> and words a screen reader announces', () => {
    const html = render({
      fields: [],
      body: [{ kind: 'changed', segments: [{ kind: 'same', text: '价格' }, { kind: 'removed', text: '上涨' }, { kind: 'added', text: '下降' }] }],
    });
    expect(html).toContain('<del class="diff-removed"><span class="visually-hidden">［删除开始］</span>上涨<span class="visually-hidden">［删除结束］</span></del>');
    expect(html).toContain('<ins class="diff-added"><span class="visually-hidden">［新增开始］</span>下降<span class="visually-hidden">［新增结束］</span></ins>');
    expect(html).toContain('修改段落');
  });

  it('lists changed fields in a table with both versions as column headers and readable values', () => {
    const html = render({
      fields: [
        { field: 'title', before: '旧标题', after: '新标题' },
        { field: 'needsReview', before: 'true', after: 'false' },
        { field: 'byline', before: '', after: '张三' },
      ],
      body: [same('正文')],
    });
    expect(html).toContain('<th scope="col">版本 2</th><th scope="col">当前</th>');
    expect(html).toMatch(/<th scope="row">标题<\/th><td[^>]*>旧标题<\/td><td[^>]*>新标题<\/td>/);
    expect(html).toMatch(/<th scope="row">需审核<\/th><td[^>]*>是<\/td><td[^>]*>否<\/td>/);
    expect(html).toContain('（空）');
    expect(html).toContain('正文没有改动。');
  });

  it('keeps one unchanged paragraph beside a change and folds the rest of a long run', () => {
    const blocks = [same('一'), same('二'), same('三'), same('四'), { kind: 'added', segments: [{ kind: 'added', text: '五' }] } as DiffBlock];
    const html = render({ fields: [], body: blocks });
    expect(html).toContain('<summary>… 3 个未改动的段落 …</summary>');
    expect(html.indexOf('<summary>')).toBeLessThan(html.indexOf('>四<'));
    expect(html.indexOf('</details>')).toBeLessThan(html.indexOf('>四<'));
    expect(render({ fields: [], body: blocks }, 'en')).toContain('… 3 unchanged paragraphs …');
  });

  it('says so when the two versions are the same', () => {
    expect(render({ fields: [], body: [same('一')] })).toContain('“版本 2”与“当前”内容相同。');
  });

  it('has every message in both languages', () => {
    expect(keyPaths(enMessages).sort()).toEqual(keyPaths(zhMessages).sort());
  });
});
