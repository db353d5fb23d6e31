import { describe, expect, it } from 'vitest';
import type { ArticleFormFields } from '@/lib/articles/article-form-fields';
import type { TiptapDoc, TiptapNode } from '@/lib/rich-text/tiptap-doc';
import { diffArticleVersions } from './diff-article-versions';

const text = (value: string): TiptapNode => ({ type: 'text', text: value });
const paragraph = (value: string): TiptapNode => ({ type: 'paragraph', content: value ? [text(value)] : [] });
const doc = (...content: TiptapNode[]): TiptapDoc => ({ type: 'doc', content });
const paragraphs = (...values: string[]) => doc(...values.map(paragraph));

function fields(overrides: Partial<ArticleFormFields> = {}): ArticleFormFields {
  return {
    title: '物价总体平稳', slug: 'wu-jia', excerpt: '', excerptAuto: true, sourceName: '', sourceUrl: '',
    byline: '', datelinePlace: '北京', originalPublishedAt: '', tags: '经济, 物价', seoTitle: '',
    seoDescription: '', needsReview: false, script: 'HANS', body: paragraphs('第一段'), ...overrides,
  };
}

describe('diffArticleVersions fields', () => {
  it('lists only the fields that differ, in form order, as text', () => {
    const diff = diffArticleVersions(fields(), fields({ title: '物价回落', needsReview: true, script: 'HANT', originalPublishedAt: '2026-06-03' }));
    expect(diff.fields).toEqual([
      { field: 'title', before: '物价总体平稳', after: '物价回落' },
      { field: 'originalPublishedAt', before: '', after: '2026-06-03' },
      { field: 'needsReview', before: 'false', after: 'true' },
      { field: 'script', before: 'HANS', after: 'HANT' },
    ]);
  });

  it('treats tags that differ only in separators and spacing as equal', () => {
    expect(diffArticleVersions(fields({ tags: '经济,物价' }), fields({ tags: '经济， 物价 ' })).fields).toEqual([]);
    expect(diffArticleVersions(fields({ tags: '经济, 物价' }), fields({ tags: '物价, 经济' })).fields).toEqual([
      { field: 'tags', before: '经济, 物价', after: '物价, 经济' },
    ]);
  });

  it('never reports the body as a field', () => {
    expect(diffArticleVersions(fields(), fields({ body: paragraphs('另一段') })).fields).toEqual([]);
  });
});

describe('diffArticleVersions body', () => {
  it('aligns unchanged paragraphs and diffs the edited one by character', () => {
    const diff = diffArticleVersions(
      fields({ body: paragraphs('导语。', '价格上涨0.3%。', '结尾。') }),
      fields({ body: paragraphs('导语。', '价格下降0.3%。', '结尾。') }),
    );
    expect(diff.body).toEqual([
      { kind: 'same', segments: [{ kind: 'same', text: '导语。' }] },
      { kind: 'changed', segments: [
        { kind: 'same', text: '价格' }, { kind: 'removed', text: '上涨' }, { kind: 'added', text: '下降' }, { kind: 'same', text: '0.3%。' },
      ] },
      { kind: 'same', segments: [{ kind: 'same', text: '结尾。' }] },
    ]);
  });

  it('shows inserted and deleted paragraphs as whole blocks', () => {
    const diff = diffArticleVersions(fields({ body: paragraphs('甲段', '乙段', '丙段') }), fields({ body: paragraphs('甲段', '新插入的一段', '丙段', '丁段') }));
    expect(diff.body.map((block) => [block.kind, block.segments.map((segment) => segment.text).join('')])).toEqual([
      ['same', '甲段'],
      ['removed', '乙段'],
      ['added', '新插入的一段'],
      ['same', '丙段'],
      ['added', '丁段'],
    ]);
  });

  it('pairs an edited paragraph past an inserted one', () => {
    const diff = diffArticleVersions(
      fields({ body: paragraphs('会议于明天在北京召开。') }),
      fields({ body: paragraphs('全新的导语段落', '会议于后天在北京召开。') }),
    );
    expect(diff.body.map((block) => block.kind)).toEqual(['added', 'changed']);
  });

  it('turns headings, quotes, list items, images and rules into blocks that show their kind', () => {
    const before = doc(
      { type: 'heading', attrs: { level: 2 }, content: [text('小标题')] },
      { type: 'blockquote', content: [paragraph('引语')] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('要点一')] }] },
      { type: 'image', attrs: { src: '/uploads/a.png', alt: '会场', caption: '会议现场' } },
      { type: 'horizontalRule' },
      paragraph(''),
      { type: 'paragraph', content: [text('上'), { type: 'hardBreak' }, text('下')] },
    );
    const diff = diffArticleVersions(fields({ body: before }), fields({ body: before }));
    expect(diff.body.map((block) => block.segments[0]?.text)).toEqual([
      '## 小标题', '> 引语', '• 要点一', '[图片] 会场 — 会议现场', '———', '上\n下',
    ]);
    expect(diff.body.every((block) => block.kind === 'same')).toBe(true);
  });

  it('shows a paragraph turned into a heading as a change', () => {
    const diff = diffArticleVersions(fields({ body: paragraphs('食品价格回落') }), fields({ body: doc({ type: 'heading', attrs: { level: 3 }, content: [text('食品价格回落')] }) }));
    expect(diff.body).toEqual([{ kind: 'changed', segments: [{ kind: 'added', text: '### ' }, { kind: 'same', text: '食品价格回落' }] }]);
  });

  it('names an image without alt text by its address', () => {
    const image = (src: string): TiptapNode => ({ type: 'image', attrs: { src, alt: '' } });
    const diff = diffArticleVersions(fields({ body: doc(image('/uploads/a.png')) }), fields({ body: doc(image('/uploads/b.png')) }));
    expect(diff.body[0]?.kind).toBe('changed');
  });

  it('aligns a 600-paragraph article with scattered edits block by block', () => {
    const long = Array.from({ length: 600 }, (_, index) => `第${index}段：${'新闻正文内容'.repeat(20)}`);
    const edited = long.map((value, index) => (index % 50 === 0 ? value.replace('正文', '正式') : value));
    const diff = diffArticleVersions(fields({ body: paragraphs(...long) }), fields({ body: paragraphs(...edited) }));
    expect(diff.body.filter((block) => block.kind === 'changed')).toHaveLength(12);
    expect(diff.body).toHaveLength(600);
  });
});
