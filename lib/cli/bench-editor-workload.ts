import type { SaveArticleRequest } from '@/lib/articles/article-input-schema';
import type { TiptapDoc, TiptapNode } from '@/lib/rich-text/tiptap-doc';

const sentences = [
  '记者从市交通运输局获悉，地铁新线本周末开始试运行，沿线十二座车站同步开放。',
  '据介绍，新线全长二十八公里，高峰时段发车间隔缩短至三分钟，日均客流预计超过二十万人次。',
  '市民王女士说：“以前上班要换乘两次，现在一条线就能到公司，路上能省下半个小时。”',
  '专家表示，轨道交通网络加密后，城市东西向的通勤压力将明显缓解。',
];

/** The body an editor has typed by `round`: one more paragraph each round, as in a real session. */
export function benchBody(editor: number, round: number): TiptapDoc {
  const paragraphs: TiptapNode[] = Array.from({ length: round + 1 }, (_, index) => ({
    type: 'paragraph',
    content: [{ type: 'text', text: `${sentences[(editor + index) % sentences.length]}（第${index + 1}段）` }],
  }));
  return { type: 'doc', content: paragraphs };
}

/** What the editor form sends for an autosave of editor `editor`'s draft in round `round`. */
export function benchAutosaveRequest(options: { id: string; baseVersion: number; editor: number; round: number }): SaveArticleRequest {
  return {
    id: options.id,
    baseVersion: options.baseVersion,
    intent: 'autosave',
    title: `地铁新线试运行（编辑${options.editor + 1}的稿件）`,
    slug: '',
    excerpt: '',
    excerptAuto: true,
    sourceName: '',
    sourceUrl: '',
    byline: `编辑${options.editor + 1}`,
    datelinePlace: '',
    originalPublishedAt: '',
    tags: '交通, 城市',
    seoTitle: '',
    seoDescription: '',
    needsReview: false,
    script: 'HANS',
    body: benchBody(options.editor, options.round),
  };
}
