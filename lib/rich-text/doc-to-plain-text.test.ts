import { describe, expect, it } from 'vitest';
import { docToPlainText } from './doc-to-plain-text';
import { sampleArticleDoc } from './fixtures/sample-article-doc';
import type { TiptapDoc, TiptapNode } from './tiptap-doc';

const text = (value: string): TiptapNode => ({ type: 'text', text: value });
const paragraph = (...content: TiptapNode[]): TiptapNode => ({ type: 'paragraph', content });
const item = (...content: TiptapNode[]): TiptapNode => ({ type: 'listItem', content });
const doc = (...content: TiptapNode[]): TiptapDoc => ({ type: 'doc', content });

describe('docToPlainText', () => {
  it.each<[string, TiptapDoc, string]>([
    ['a single paragraph', doc(paragraph(text('第一段'))), '第一段'],
    ['paragraphs separated by a blank line', doc(paragraph(text('甲')), paragraph(text('乙'))), '甲\n\n乙'],
    ['a hard break as a newline', doc(paragraph(text('上'), { type: 'hardBreak' }, text('下'))), '上\n下'],
    ['adjacent marked text joined', doc(paragraph(text('国家'), { type: 'text', text: '统计局', marks: [{ type: 'bold' }] })), '国家统计局'],
    ['headings as their own block', doc({ type: 'heading', attrs: { level: 2 }, content: [text('小标题')] }, paragraph(text('正文'))), '小标题\n\n正文'],
    ['each list item paragraph as a block', doc({ type: 'bulletList', content: [item(paragraph(text('一'))), item(paragraph(text('二')))] }), '一\n\n二'],
    ['code block text with its newlines', doc({ type: 'codeBlock', content: [text('a\nb')] }), 'a\nb'],
    ['empty paragraphs and rules skipped', doc(paragraph(), paragraph(text('甲')), { type: 'horizontalRule' }, paragraph(text('乙'))), '甲\n\n乙'],
    ['an empty document as empty text', doc(paragraph()), ''],
    ['text inside unknown nodes kept', doc({ type: 'callout', content: [paragraph(text('提示'))] }), '提示'],
  ])('%s', (_name, value, expected) => {
    expect(docToPlainText(value)).toBe(expected);
  });

  it('flattens a real article', () => {
    expect(docToPlainText(sampleArticleDoc)).toBe(
      [
        '新华社北京6月3日电 国家统计局今天发布数据显示，五月份居民消费价格同比上涨0.3%。',
        '食品价格回落',
        '详见国家统计局网站数据发布页\n更正：CPI',
        '分项数据',
        '猪肉价格下降',
        '鲜菜价格',
        '上涨',
        '“物价总体平稳。”',
        'CPI = 100.3',
      ].join('\n\n'),
    );
  });
});
