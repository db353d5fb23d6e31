import { describe, expect, it } from 'vitest';
import { parseServeOptions } from '@/lib/cli/serve-options';
import { parseImportLimits, readImportLimits } from './import-limits';

const megabyte = 1024 * 1024;

describe('parseImportLimits', () => {
  it('defaults to 5 MB per file and 200 MB per upload', () => {
    expect(parseImportLimits({})).toEqual({
      ok: true,
      limits: { maxFileBytes: 5 * megabyte, maxUploadBytes: 200 * megabyte, maxEntriesPerUpload: 10_000 },
    });
  });

  it('honours the variables, fractions included, and treats empty ones as unset', () => {
    const parsed = parseImportLimits({ IMPORT_MAX_FILE_MB: '0.5', IMPORT_MAX_UPLOAD_MB: '' });
    expect(parsed).toEqual({
      ok: true,
      limits: { maxFileBytes: megabyte / 2, maxUploadBytes: 200 * megabyte, maxEntriesPerUpload: 10_000 },
    });
  });

  it.each([
    [{ IMPORT_MAX_FILE_MB: 'five' }, 'IMPORT_MAX_FILE_MB: IMPORT_MAX_FILE_MB must be a number of megabytes'],
    [{ IMPORT_MAX_FILE_MB: '0' }, 'IMPORT_MAX_FILE_MB: IMPORT_MAX_FILE_MB must be more than 0'],
    [{ IMPORT_MAX_FILE_MB: '-3' }, 'IMPORT_MAX_FILE_MB: IMPORT_MAX_FILE_MB must be more than 0'],
    [{ IMPORT_MAX_FILE_MB: '500' }, 'IMPORT_MAX_FILE_MB: IMPORT_MAX_FILE_MB must be at most 100'],
    [{ IMPORT_MAX_UPLOAD_MB: '1e6' }, 'IMPORT_MAX_UPLOAD_MB: IMPORT_MAX_UPLOAD_MB must be at most 4096'],
  ])('rejects %o with a clear message', (env, message) => {
    expect(parseImportLimits(env)).toEqual({ ok: false, error: message });
    expect(() => readImportLimits(env)).toThrow(message);
  });

  it('stops `npm start` when a limit is wrong', () => {
    expect(parseServeOptions({ IMPORT_MAX_UPLOAD_MB: 'lots' })).toEqual({
      ok: false,
      error: 'IMPORT_MAX_UPLOAD_MB: IMPORT_MAX_UPLOAD_MB must be a number of megabytes',
    });
    expect(parseServeOptions({ IMPORT_MAX_UPLOAD_MB: '300' }).ok).toBe(true);
  });
});
