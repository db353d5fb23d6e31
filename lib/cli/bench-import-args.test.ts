import { describe, expect, it } from 'vitest';
import { parseBenchImportArgs } from './bench-import-args';

describe('parseBenchImportArgs', () => {
  it.each<[string[], number]>([
    [[], 10_000],
    [['--files', '500'], 500],
    [['--files=1'], 1],
    [['--files', '1000000'], 1_000_000],
  ])('%j runs %i files', (argv, files) => {
    expect(parseBenchImportArgs(argv)).toEqual({ ok: true, args: { files } });
  });

  it.each([['--help'], ['-h'], ['--files', '5', '--help']])('%j asks for help', (...argv) => {
    expect(parseBenchImportArgs(argv)).toEqual({ ok: true, help: true });
  });

  it.each<[string[], string]>([
    [['--files'], 'needs a whole number, got nothing'],
    [['--files', 'ten'], 'needs a whole number, got “ten”'],
    [['--files', '-5'], 'needs a whole number, got “-5”'],
    [['--files', '2.5'], 'needs a whole number'],
    [['--files='], 'needs a whole number, got “”'],
    [['--files', '0'], 'between 1 and 1,000,000, got 0'],
    [['--files', '1000001'], 'between 1 and 1,000,000'],
    [['--file', '5'], 'Unknown argument “--file”'],
    [['500'], 'Unknown argument “500”'],
  ])('%j is refused: %s', (argv, message) => {
    const result = parseBenchImportArgs(argv);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });
});
