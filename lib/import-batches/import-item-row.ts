import type { Prisma } from '@/lib/db/generated/client';
import type { ImportItemRow, ImportItemSummary } from './import-batch-types';

const articleLink = { select: { id: true, title: true, slug: true } } as const;

/** The columns of a preview row: never the file's bytes, never the full result. */
export const importItemRowSelect = {
  id: true,
  position: true,
  fileName: true,
  byteSize: true,
  status: true,
  error: true,
  summary: true,
  publish: true,
  toSimplified: true,
  article: articleLink,
  duplicateOf: articleLink,
} as const satisfies Prisma.ImportItemSelect;

export type ImportItemRowRecord = Prisma.ImportItemGetPayload<{ select: typeof importItemRowSelect }>;

export function toImportItemRow(record: ImportItemRowRecord): ImportItemRow {
  const summary = record.summary as unknown as ImportItemSummary | null;
  return {
    id: record.id,
    position: record.position,
    fileName: record.fileName,
    byteSize: record.byteSize,
    status: record.status,
    error: record.error,
    summary,
    article: record.article,
    duplicateOf: record.duplicateOf,
    duplicateOfItem: summary?.duplicateOfItem ?? null,
    publish: record.publish,
    toSimplified: record.toSimplified,
  };
}
