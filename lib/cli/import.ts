// `npm run import -- [--dry-run] [--json] [--publish] [--to-simplified] [--max-file-mb N] <files or folders>`:
// imports saved pages, text dumps, zips and feeds as draft (or published) articles, one CLI batch
// per run, or with --dry-run only shows what the pipeline makes of them.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseImportLimits } from '@/lib/import-batches/import-limits';
import { defaultUploadLimits, type UploadLimits } from '@/lib/import/sources/expand-upload';
import { errorMessage, exitWithError } from './exit-with-error';
import { importUsage, parseImportArgs } from './import-args';
import { runImport } from './import-run';
import { createDatabaseSink, createDryRunSink } from './import-sinks';
import { findMissingPath } from './import-walk-paths';

const root = fileURLToPath(new URL('../../', import.meta.url));
const megabyte = 1024 * 1024;

function exitWithUsage(message: string): never {
  process.stderr.write(`error: ${message}\n\n${importUsage}`);
  process.exit(2);
}

async function main(): Promise<void> {
  const parsed = parseImportArgs(process.argv.slice(2));
  if (parsed.kind === 'help') {
    process.stdout.write(importUsage);
    return;
  }
  if (parsed.kind === 'error') exitWithUsage(parsed.error);
  const { options } = parsed;
  const missing = await findMissingPath(options.paths);
  if (missing) exitWithUsage(missing);

  const configured = parseImportLimits(process.env);
  if (!configured.ok) exitWithError(configured.error);
  const limits: UploadLimits = {
    maxFileBytes: options.maxFileMb === null ? configured.limits.maxFileBytes : Math.floor(options.maxFileMb * megabyte),
    maxEntries: configured.limits.maxEntriesPerUpload,
    maxTotalBytes: defaultUploadLimits.maxTotalBytes,
  };
  const sink = options.dryRun
    ? createDryRunSink(limits.maxFileBytes, options.toSimplified)
    : await createDatabaseSink({
        dataDir: join(root, '.data'),
        publish: options.publish,
        toSimplified: options.toSimplified,
        maxFileBytes: limits.maxFileBytes,
        log: (line) => process.stderr.write(`${line}\n`),
      });
  process.exitCode = await runImport({ paths: options.paths, limits, json: options.json, sink });
}

main().catch((error: unknown) => exitWithError(errorMessage(error)));
