import type { ArticleFormFields } from '@/lib/articles/article-form-fields';
import type { ArticleDiff, DiffBlock, FieldChange } from './article-diff';
import { bodyDiffBlocks } from './body-diff-blocks';
import { diffSequences } from './diff-sequences';
import { diffText } from './diff-text';

export type { ArticleDiff, DiffBlock, DiffSegment, FieldChange } from './article-diff';

type ComparedField = Exclude<keyof ArticleFormFields, 'body'>;

const comparedFields: readonly ComparedField[] = [
  'title', 'slug', 'excerpt', 'excerptAuto', 'sourceName', 'sourceUrl', 'byline', 'datelinePlace',
  'originalPublishedAt', 'tags', 'seoTitle', 'seoDescription', 'needsReview', 'script',
];

// The form keeps tags as typed; "甲,乙" and "甲， 乙" are the same tags.
const normaliseTags = (tags: string) =>
  tags.split(/[,，、;；\n]/).map((name) => name.trim().replace(/\s+/g, ' ')).filter(Boolean).join(', ');

function fieldText(fields: ArticleFormFields, field: ComparedField): string {
  const value = fields[field];
  if (field === 'tags') return normaliseTags(String(value));
  return String(value);
}

const maxBlockEdits = 5000;
// Below this share of unchanged characters two blocks are shown as one removed and one added.
const minSimilarity = 0.4;

function changedBlock(before: string, after: string): DiffBlock | null {
  const segments = diffText(before, after);
  const same = segments.reduce((total, segment) => total + (segment.kind === 'same' ? segment.text.length : 0), 0);
  return same >= minSimilarity * Math.max(before.length, after.length) ? { kind: 'changed', segments } : null;
}

const wholeBlock = (kind: 'added' | 'removed', text: string): DiffBlock => ({ kind, segments: [{ kind, text }] });

// Pairs the removed and added blocks between two unchanged ones, in order, when they are similar
// enough to read as one edited block; looks one block ahead on either side to skip an insertion.
function pairGap(removed: string[], added: string[], out: DiffBlock[]): void {
  let r = 0;
  let a = 0;
  while (r < removed.length && a < added.length) {
    const before = removed[r] as string;
    const after = added[a] as string;
    const paired = changedBlock(before, after);
    if (paired) {
      out.push(paired);
      r += 1;
      a += 1;
    } else if (r + 1 < removed.length && changedBlock(removed[r + 1] as string, after)) {
      out.push(wholeBlock('removed', before));
      r += 1;
    } else if (a + 1 < added.length && changedBlock(before, added[a + 1] as string)) {
      out.push(wholeBlock('added', after));
      a += 1;
    } else {
      out.push(wholeBlock('removed', before), wholeBlock('added', after));
      r += 1;
      a += 1;
    }
  }
  for (; r < removed.length; r += 1) out.push(wholeBlock('removed', removed[r] as string));
  for (; a < added.length; a += 1) out.push(wholeBlock('added', added[a] as string));
}

function diffBody(before: ArticleFormFields['body'], after: ArticleFormFields['body']): DiffBlock[] {
  const blocks: DiffBlock[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  for (const edit of diffSequences(bodyDiffBlocks(before), bodyDiffBlocks(after), maxBlockEdits)) {
    if (edit.kind === 'removed') removed.push(edit.value);
    else if (edit.kind === 'added') added.push(edit.value);
    else {
      pairGap(removed, added, blocks);
      removed = [];
      added = [];
      blocks.push({ kind: 'same', segments: [{ kind: 'same', text: edit.value }] });
    }
  }
  pairGap(removed, added, blocks);
  return blocks;
}

/** What changed from `before` to `after`: differing fields (body excluded), then the body block by block. */
export function diffArticleVersions(before: ArticleFormFields, after: ArticleFormFields): ArticleDiff {
  const fields: FieldChange[] = [];
  for (const field of comparedFields) {
    const beforeText = fieldText(before, field);
    const afterText = fieldText(after, field);
    if (beforeText !== afterText) fields.push({ field, before: beforeText, after: afterText });
  }
  return { fields, body: diffBody(before.body, after.body) };
}
