// Imports one file into the database as the web importer does, as a CLI batch: store it, analyse
// it (pipeline, duplicate checks, tag suggestions), then create the article in one transaction.
import { addImportItem } from '@/lib/import-batches/add-import-item';
import { analyseImportItem, type AnalyseContext } from '@/lib/import-batches/analyse-import-item';
import { commitImportItem } from '@/lib/import-batches/commit-import-item';
import { getImportItem } from '@/lib/import-batches/get-import-item';
import type { ImportItemDetail } from '@/lib/import-batches/import-batch-types';
import type { UploadEntry } from '@/lib/import/sources/upload-entry';

export type DatabaseOutcome =
  | { file: string; status: 'created'; slug: string; title: string; published: boolean }
  | { file: string; status: 'duplicate'; duplicateOf: string }
  | { file: string; status: 'failed'; error: string };

function describeDuplicate(item: ImportItemDetail | null): string {
  if (item?.duplicateOf) return `“${item.duplicateOf.title}” (/articles/${item.duplicateOf.slug})`;
  if (item?.duplicateOfItem) return `an earlier file of this import, ${item.duplicateOfItem.fileName}`;
  return 'an existing article';
}

export async function importEntryToDatabase(
  batchId: string,
  entry: UploadEntry,
  options: { publish: boolean; toSimplified?: boolean; context: AnalyseContext },
): Promise<DatabaseOutcome> {
  const file = entry.name;
  const added = await addImportItem(batchId, entry);
  if (added.status === 'FAILED') return { file, status: 'failed', error: added.error ?? 'This file could not be read.' };
  let status = await analyseImportItem(added.id, options.context);
  if (status === 'READY') status = await commitImportItem(added.id, { actorId: null, publish: options.publish, toSimplified: options.toSimplified ?? false });
  const item = await getImportItem(added.id);
  if (status === 'CREATED' && item?.article) {
    return { file, status: 'created', slug: item.article.slug, title: item.article.title, published: options.publish };
  }
  if (status === 'DUPLICATE') return { file, status: 'duplicate', duplicateOf: describeDuplicate(item) };
  return { file, status: 'failed', error: item?.error ?? `This file was left ${status.toLowerCase()}.` };
}
