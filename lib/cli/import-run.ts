// The import command's loop: one input file at a time, expanded (zip members, feed articles) one
// entry at a time, each handled before the next is read, so memory stays bounded.
import { expandUpload, type UploadLimits } from '@/lib/import/sources/expand-upload';
import { formatSummary } from './import-output';
import type { ImportSink } from './import-sinks';
import { walkInputPaths } from './import-walk-paths';
import { ProgressBar } from './progress-bar';

export interface ImportRun {
  paths: readonly string[];
  limits: UploadLimits;
  json: boolean;
  sink: ImportSink;
}

async function countInputFiles(paths: readonly string[]): Promise<number> {
  let count = 0;
  const files = walkInputPaths(paths);
  while (!(await files.next()).done) count += 1;
  return count;
}

/** Runs the import; resolves to the process exit code (1 when any file failed). */
export async function runImport(run: ImportRun): Promise<number> {
  const { sink } = run;
  const bar = ProgressBar.create(process.stderr);
  const counts: Record<string, number> = {};
  const failedStatus = sink.statuses.at(-1);
  const summary = () => formatSummary(counts, sink.statuses);
  const writeOut = (text: string) => {
    bar?.clear();
    process.stdout.write(`${text}\n`);
  };

  const interrupt = () => {
    bar?.stop();
    process.stderr.write(`\nInterrupted: ${summary()}\n`);
    void sink.close().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupt);
  try {
    // Only the bar needs the total; zips and feeds add their extra entries as they expand.
    let total = bar ? await countInputFiles(run.paths) : 0;
    let done = 0;
    for await (const file of walkInputPaths(run.paths)) {
      let isFirst = true;
      for await (const entry of expandUpload(file, run.limits)) {
        if (!isFirst) total += 1;
        isFirst = false;
        bar?.update({ done, total, current: entry.name });
        const handled = await sink.handle(entry);
        counts[handled.status] = (counts[handled.status] ?? 0) + 1;
        writeOut(run.json ? JSON.stringify(handled.json) : handled.text);
        done += 1;
        bar?.update({ done, total });
      }
    }
  } finally {
    process.removeListener('SIGINT', interrupt);
    bar?.stop();
    await sink.close();
  }
  if (run.json) process.stderr.write(`${summary()}\n`);
  else process.stdout.write(`${summary()}\n`);
  return failedStatus && counts[failedStatus] ? 1 : 0;
}
