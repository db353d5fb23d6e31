import type { TiptapDoc } from '../rich-text/tiptap-doc';
import type { Script } from '../text/detect-script';
import type { ArticleMetadata } from './extract-metadata';
import type { ImportedArticle } from './import-result';
import { makeExcerpt } from './make-excerpt';
import { pickLead } from './pick-lead';

// The article both pipelines hand back: metadata, body, and an excerpt from the lead paragraph
// without its dateline (`本报武汉讯 …` is not what a reader wants in a summary).
export function assembleArticle(
  metadata: ArticleMetadata,
  content: { body: TiptapDoc; bodyText: string; paragraphs: readonly string[]; script: Script },
): ImportedArticle {
  const lead = pickLead(content.paragraphs) ?? content.bodyText;
  const prefix = metadata.datelinePrefix;
  const leadWithoutDateline = prefix && lead.startsWith(prefix) && lead.length > prefix.length ? lead.slice(prefix.length) : lead;
  return {
    title: metadata.title,
    titleIsProposed: metadata.titleIsProposed,
    excerpt: makeExcerpt(leadWithoutDateline),
    body: content.body,
    bodyText: content.bodyText,
    sourceName: metadata.sourceName,
    sourceUrl: metadata.sourceUrl,
    byline: metadata.byline,
    datelinePlace: metadata.datelinePlace,
    originalPublishedAt: metadata.originalPublishedAt,
    script: content.script,
  };
}
