import { NextIntlClientProvider } from 'next-intl';
import { createElement, type ComponentProps } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import enMessages from '../../../messages/en/history.json';
import zhMessages from '../../../messages/zh-CN/history.json';
import type { RevisionSummary } from '../../../lib/revisions/list-revisions';
import { RevisionList } from './revision-list';

const revision = (overrides: Partial<RevisionSummary>): RevisionSummary => ({
  id: crypto.randomUUID(), version: 1, reason: 'save', authorName: '张三', title: '标题', restoredVersion: null,
  createdAt: '2026-11-21T06:02:00.000Z', updatedAt: '2026-11-21T06:02:00.000Z', ...overrides,
});

function render(revisions: RevisionSummary[], locale: 'zh-CN' | 'en' = 'zh-CN', timeZone = 'Asia/Shanghai') {
  const list = createElement(RevisionList, { revisions, selectedId: revisions[0]?.id ?? null, timeZone, onSelect: () => undefined });
  const provider: ComponentProps<typeof NextIntlClientProvider> = {
    locale, timeZone: 'UTC', messages: { history: locale === 'en' ? enMessages : zhMessages }, children: list,
  };
  return renderToStaticMarkup(createElement(NextIntlClientProvider, provider));
}

describe('RevisionList', () => {
  it('shows version, translated reason, author and time in the site time zone', () => {
    const html = render([
      revision({ version: 3, reason: 'restore', restoredVersion: 1, authorName: null }),
      revision({ version: 2, reason: 'scheduled-publish' }),
      revision({ version: 1, reason: 'convert' }),
    ]);
    expect(html).toContain('<strong>版本 3</strong> · 恢复（自版本 1）');
    expect(html).toContain('未知用户');
    expect(html).toContain('定时自动发布');
    expect(html).toContain('转换字形');
    expect(html).toContain('14:02');
    expect(html).toContain('aria-pressed="true"');
  });

  it('follows another site time zone and the English UI', () => {
    const html = render([revision({ reason: 'conflict' })], 'en', 'Europe/London');
    expect(html).toContain('Kept in a conflict');
    expect(html).toContain('06:02');
  });

  it('shows an unknown reason as stored instead of failing', () => {
    expect(render([revision({ reason: 'future-reason' })])).toContain('future-reason');
  });

  it('says when there are no revisions', () => {
    expect(render([])).toContain('还没有修订记录。');
  });
});
