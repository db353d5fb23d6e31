import { describe, expect, it } from 'vitest';
import { parseImportArgs } from './import-args';

const run = (options: Partial<{ dryRun: boolean; json: boolean; publish: boolean; toSimplified: boolean; maxFileMb: number | null; paths: string[] }>) => ({
  kind: 'run',
  options: { dryRun: false, json: false, publish: false, toSimplified: false, maxFileMb: null, paths: [], ...options },
});

describe('parseImportArgs', () => {
  it.each([
    [['a.html'], run({ paths: ['a.html'] })],
    [['--dry-run', '--json', 'content/samples', 'b.zip'], run({ dryRun: true, json: true, paths: ['content/samples', 'b.zip'] })],
    [['--publish', '--max-file-mb', '12.5', 'x'], run({ publish: true, maxFileMb: 12.5, paths: ['x'] })],
    [['--to-simplified', 'x'], run({ toSimplified: true, paths: ['x'] })],
    [['--max-file-mb=2', 'x'], run({ maxFileMb: 2, paths: ['x'] })],
    [['--', '--odd-name.html'], run({ paths: ['--odd-name.html'] })],
    [['a', '--help'], { kind: 'help' }],
    [['-h'], { kind: 'help' }],
  ])('%j', (argv, expected) => {
    expect(parseImportArgs(argv)).toEqual(expected);
  });

  it.each([
    [[], 'name at least one file or folder to import'],
    [['--dry-run'], 'name at least one file or folder to import'],
    [['--force', 'a'], 'unknown option --force'],
    [['-x', 'a'], 'unknown option -x'],
    [['--max-file-mb'], '--max-file-mb needs a number of megabytes'],
    [['--max-file-mb', 'ten', 'a'], '--max-file-mb must be a number of megabytes above 0 and at most 100, not “ten”'],
    [['--max-file-mb=0', 'a'], '--max-file-mb must be a number of megabytes above 0 and at most 100, not “0”'],
    [['--max-file-mb', '500', 'a'], '--max-file-mb must be a number of megabytes above 0 and at most 100, not “500”'],
  ])('%j is a usage error: %s', (argv, error) => {
    expect(parseImportArgs(argv)).toEqual({ kind: 'error', error });
  });
});
