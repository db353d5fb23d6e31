import { describe, expect, it } from 'vitest';
import { makeExcerpt } from '@/lib/import/make-excerpt';
import { deriveLeadExcerpt } from './derive-lead-excerpt';
import { paragraphs } from './test-save-input';

describe('deriveLeadExcerpt', () => {
  it('takes the first non-empty paragraph, skipping a heading and a salutation', () => {
    const doc = {
      type: 'doc' as const,
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: '小标题' }] },
        { type: 'paragraph' },
        { type: 'paragraph', content: [{ type: 'text', text: '各有关单位：' }] },
        { type: 'paragraph', content: [{ type: 'text', text: '  第一段，' }, { type: 'text', text: '加粗。', marks: [{ type: 'bold' }] }] },
        { type: 'paragraph', content: [{ type: 'text', text: '第二段。' }] },
      ],
    };
    expect(deriveLeadExcerpt(doc)).toBe('第一段，加粗。');
  });

  it('cuts a long lead the way imported excerpts are cut', () => {
    const lead = '这是一个很长的句子，用来检查摘要在句子边界截断。'.repeat(8);
    expect(deriveLeadExcerpt(paragraphs(lead))).toBe(makeExcerpt(lead));
    expect([...deriveLeadExcerpt(paragraphs(lead))].length).toBeLessThanOrEqual(120);
  });

  it('leaves out the dateline, as imported excerpts do', () => {
    expect(deriveLeadExcerpt(paragraphs('本报武汉讯（记者张三）7月31日，湖北省召开知识产权大会。'))).toBe('湖北省召开知识产权大会。');
    expect(deriveLeadExcerpt(paragraphs('新华社北京7月31日电，全文如下。'))).toBe('全文如下。');
  });

  it('is empty for a body without text', () => {
    expect(deriveLeadExcerpt({ type: 'doc', content: [{ type: 'paragraph' }] })).toBe('');
  });
});
