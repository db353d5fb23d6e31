// The shapes the import batch layer hands to the admin UI and the CLI. Stored JSON columns
// (import_items.summary / .result) hold ImportItemSummary and ImportItemResult.
import type { ImportResult } from '@/lib/import/import-result';

export type ImportItemStatus = 'PENDING' | 'READY' | 'DUPLICATE' | 'FAILED' | 'QUEUED' | 'CREATED';

/** One preview row's columns, kept small so a batch of thousands lists quickly. */
export interface ImportItemSummary {
  kind: 'text' | 'html';
  title: string;
  titleIsProposed: boolean;
  sourceName: string | null;
  byline: string | null;
  originalPublishedAt: string | null; // YYYY-MM-DD
  encoding: string;
  script: 'HANS' | 'HANT';
  pinyinStripped: number;
  repairs: number;
  removedLines: number;
  warnings: number;
  needsReview: boolean;
  nearDuplicates: number;
  // Set when the item repeats an earlier file of the same batch (same bytes or same text).
  duplicateOfItem?: DuplicateOfItem;
}

/** The earlier item of the same batch that an item repeats. */
export interface DuplicateOfItem {
  id: string;
  fileName: string;
  position: number;
}

export interface NearDuplicate {
  articleId: string;
  title: string;
  slug: string;
  distance: number; // SimHash Hamming distance, 0-64; lower is closer
}

/** Everything the pipeline found for one file, plus what the batch layer added. */
export interface ImportItemResult extends ImportResult {
  suggestedTags: {
    keywords: string[]; // top terms from the text, Simplified
    matched: { tag: string; term: string }[]; // existing tags they map to (applied on import)
  };
  nearDuplicates: NearDuplicate[];
}

export interface ImportBatchCounts {
  total: number;
  pending: number; // PENDING + QUEUED: work the job still has to do
  ready: number;
  duplicate: number;
  failed: number;
  created: number;
}

export interface ImportBatchListEntry {
  id: string;
  origin: 'WEB' | 'CLI';
  createdAt: Date;
  createdByName: string | null;
  counts: ImportBatchCounts;
}

export interface ImportItemRow {
  id: string;
  position: number;
  fileName: string;
  byteSize: number;
  status: ImportItemStatus;
  error: string | null; // for FAILED: a reason an editor understands
  summary: ImportItemSummary | null; // null until analysed, or when reading failed
  article: { id: string; title: string; slug: string } | null; // the article created from it
  duplicateOf: { id: string; title: string; slug: string } | null;
  duplicateOfItem: DuplicateOfItem | null; // an earlier item of this batch it repeats
  publish: boolean; // for QUEUED / CREATED: imported as published rather than as a draft
  toSimplified: boolean; // for QUEUED / CREATED: converted to Simplified on import
}

export interface ImportBatchDetail {
  id: string;
  origin: 'WEB' | 'CLI';
  createdAt: Date;
  createdByName: string | null;
  counts: ImportBatchCounts;
  items: ImportItemRow[];
}

export interface ImportItemDetail extends ImportItemRow {
  batchId: string;
  result: ImportItemResult | null;
}
