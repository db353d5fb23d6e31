import { saveArticleInputSchema, type SaveArticleInput, type SaveArticleRequest } from './article-input-schema';

/** Test helper: a body of one paragraph per text ('' is an empty paragraph). */
export function paragraphs(...texts: string[]) {
  return { type: 'doc' as const, content: texts.map((text) => (text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' })) };
}

/** Test helper: a valid save request for `id` (a draft's fields), with `overrides`, as the client sends it. */
export function saveRequest(id: string, overrides: Partial<SaveArticleRequest> = {}): SaveArticleRequest {
  return {
    id,
    baseVersion: 1,
    intent: 'save',
    title: '标题',
    slug: '',
    excerpt: '',
    excerptAuto: true,
    sourceName: '',
    sourceUrl: '',
    byline: '',
    datelinePlace: '',
    originalPublishedAt: '',
    tags: '',
    seoTitle: '',
    seoDescription: '',
    needsReview: false,
    script: 'HANS',
    body: paragraphs('正文。'),
    ...overrides,
  };
}

/** Test helper: saveRequest parsed like the action parses it. */
export function saveInput(id: string, overrides: Partial<SaveArticleRequest> = {}): SaveArticleInput {
  return saveArticleInputSchema.parse(saveRequest(id, overrides));
}
