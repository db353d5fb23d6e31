import type { ArticleFormFields } from '@/lib/articles/article-form-fields';

export type DiffSegmentKind = 'same' | 'added' | 'removed';

export interface DiffSegment {
  kind: DiffSegmentKind;
  text: string;
}

/** One body block (paragraph, heading, list item, image, rule) of the aligned before/after bodies. */
export interface DiffBlock {
  kind: 'same' | 'added' | 'removed' | 'changed';
  segments: DiffSegment[];
}

export interface FieldChange {
  field: keyof ArticleFormFields;
  before: string;
  after: string;
}

/** What changed between two versions of an article: the fields that differ, then the body. */
export interface ArticleDiff {
  fields: FieldChange[];
  body: DiffBlock[];
}
