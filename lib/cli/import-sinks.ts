// Where the import command sends each file: the pipeline alone (--dry-run), or the database.
// The database side is loaded only when needed, so a dry run never loads the database client.
import type { AnalyseContext } from '@/lib/import-batches/analyse-import-item';
import type { UploadEntry } from '@/lib/import/sources/upload-entry';
import { dryRunEntry } from './import-dry-run';
import { formatDatabaseOutcome, formatDryRunResult } from './import-output';

export interface HandledEntry {
  status: string;
  text: string;
  json: object;
}

export interface ImportSink {
  // The statuses in summary order; the last one counts as failure.
  statuses: readonly string[];
  handle(entry: UploadEntry): Promise<HandledEntry>;
  close(): Promise<void>;
}

export function createDryRunSink(maxBytes: number, toSimplified: boolean): ImportSink {
  return {
    statuses: ['ok', 'failed'],
    handle: async (entry) => {
      const result = dryRunEntry(entry, maxBytes, toSimplified);
      return { status: result.status, text: formatDryRunResult(result), json: result };
    },
    close: async () => undefined,
  };
}

export async function createDatabaseSink(options: { dataDir: string; publish: boolean; toSimplified: boolean; maxFileBytes: number; log: (line: string) => void }): Promise<ImportSink> {
  const [{ openImportDatabase }, { getPrisma }, { createImportBatch }, { createAnalyseContext }, { importEntryToDatabase }] = await Promise.all([
    import('./import-open-database'),
    import('@/lib/db/client'),
    import('@/lib/import-batches/create-import-batch'),
    import('@/lib/import-batches/analyse-import-item'),
    import('./import-to-database'),
  ]);
  const database = await openImportDatabase(options.dataDir, process.env);
  process.env.DATABASE_URL = database.url;
  const close = async () => {
    await getPrisma().$disconnect().catch(() => undefined);
    await database.stop().catch(() => undefined);
  };
  try {
    const context: AnalyseContext = { ...(await createAnalyseContext()), maxFileBytes: options.maxFileBytes };
    const batch = await createImportBatch({ actorId: null, origin: 'CLI' });
    options.log(`Importing into ${database.isEmbedded ? 'the embedded database (.data/postgres)' : 'DATABASE_URL'}; its report: /admin/import/${batch.id}`);
    return {
      statuses: ['created', 'duplicate', 'failed'],
      handle: async (entry) => {
        const outcome = await importEntryToDatabase(batch.id, entry, { publish: options.publish, toSimplified: options.toSimplified, context });
        return { status: outcome.status, text: formatDatabaseOutcome(outcome), json: outcome };
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
