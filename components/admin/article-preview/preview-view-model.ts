import type { ArticleViewModel } from '@/components/public/article-view';
import type { StoredPreview } from './preview-storage';

const tagSeparators = /[,，、;；\n]/;

/**
 * The reader's view of the editor's unsaved state. Tags already on the saved article keep their
 * topic links; a new tag name has no slug yet (the server makes its pinyin slug on save, and
 * pinyin-pro is too heavy to ship to the browser for a guess), so it is shown without a link.
 */
export function previewViewModel(preview: StoredPreview, savedTags: readonly { name: string; slug: string | null }[], now: Date): ArticleViewModel {
  const { fields, meta } = preview;
  const slugByName = new Map(savedTags.map((tag) => [tag.name, tag.slug]));
  const names = [...new Set(fields.tags.split(tagSeparators).map((name) => name.trim().replace(/\s+/g, ' ')).filter(Boolean))];
  const originalPublishedAt = /^\d{4}-\d{2}-\d{2}$/.test(fields.originalPublishedAt) ? new Date(`${fields.originalPublishedAt}T00:00:00Z`) : null;
  return {
    title: fields.title,
    script: fields.script,
    byline: fields.byline || null,
    datelinePlace: fields.datelinePlace || null,
    // Not yet published: readers will see the time of publication, so show today's date.
    publishedAt: meta.publishedAt ? new Date(meta.publishedAt) : now,
    sourceName: fields.sourceName || null,
    sourceUrl: fields.sourceUrl || null,
    originalPublishedAt: originalPublishedAt && !Number.isNaN(originalPublishedAt.getTime()) ? originalPublishedAt : null,
    body: fields.body,
    tags: names.map((name) => ({ name, slug: slugByName.get(name) ?? null })),
  };
}
