import { describe, expect, it } from 'vitest';
import type { ImportedArticle, ImportReport } from '@/lib/import/import-result';
import { formatDatabaseOutcome, formatDryRunResult, formatSummary } from './import-output';

const report: ImportReport = {
  kind: 'html',
  encoding: 'gb18030',
  encodingReason: 'not valid UTF-8',
  pinyinStripped: 3,
  repairs: [],
  removedLines: [{ line: '首页 > 新闻', rule: 'breadcrumb' }, { line: '责任编辑：张三', rule: 'editor-credit' }],
  pageTags: [],
  warnings: ['No title was found; “某地暴雨” was proposed from the lead.'],
  needsReview: false,
};

describe('formatDryRunResult', () => {
  it('gives a read file one line of title, encoding and counts, and its warnings below', () => {
    const article = { title: '某地暴雨' } as ImportedArticle;
    expect(formatDryRunResult({ file: 'a.html', status: 'ok', article, report, error: null })).toBe(
      'ok         a.html: “某地暴雨” (gb18030, 3 pinyin stripped, 0 repairs, 2 lines removed, 1 warning)\n' +
        '             ! No title was found; “某地暴雨” was proposed from the lead.',
    );
  });

  it('gives a failed file its reason', () => {
    expect(formatDryRunResult({ file: 'b.txt', status: 'failed', article: null, report: null, error: '“b.txt” is empty.' })).toBe('failed     b.txt: “b.txt” is empty.');
  });
});

describe('formatDatabaseOutcome and formatSummary', () => {
  it('says what became of each file, and counts every status in order', () => {
    expect(formatDatabaseOutcome({ file: 'a.html', status: 'created', slug: 'mou-di', title: '某地', published: true })).toBe('created    a.html: /articles/mou-di (published)');
    expect(formatDatabaseOutcome({ file: 'b.html', status: 'duplicate', duplicateOf: 'an existing article' })).toBe('duplicate  b.html: already imported, as an existing article');
    expect(formatSummary({ created: 2, failed: 1 }, ['created', 'duplicate', 'failed'])).toBe('2 created, 0 duplicate, 1 failed');
  });
});
