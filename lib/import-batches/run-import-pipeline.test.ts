import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { internalReadError, runImportPipeline } from './run-import-pipeline';

const sample = new Uint8Array(readFileSync(new URL('../../content/samples/003_19f9f1bee9563f76.txt', import.meta.url)));
const options = { maxFileBytes: 5 * 1024 * 1024, toSimplified: false, vocabulary: [{ name: '知识产权' }, { name: '足球' }] };

describe('runImportPipeline', () => {
  afterEach(() => vi.restoreAllMocks());

  it('returns the article with tag suggestions and fingerprints', () => {
    const outcome = runImportPipeline(sample, '003.txt', options);
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.result.article.title).toBe('湖北:砥礪“三牛精神”奮進新征程');
    expect(outcome.result.suggestedTags.matched.map((match) => match.tag)).toEqual(['知识产权']);
    expect(outcome.result.nearDuplicates).toEqual([]);
    expect(outcome.fingerprint.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(outcome.fingerprint.simhashBands).toHaveLength(28);
  });

  it('converts to Simplified when asked, keeping the same text fingerprint', () => {
    const converted = runImportPipeline(sample, '003.txt', { ...options, toSimplified: true });
    const original = runImportPipeline(sample, '003.txt', options);
    if (!converted.ok || !original.ok) throw new Error('not read');
    expect(converted.result.article.title).toBe('湖北:砥砺“三牛精神”奋进新征程');
    expect(converted.fingerprint.contentHash).toBe(original.fingerprint.contentHash);
  });

  it('passes an ImportError message on as it is', () => {
    expect(runImportPipeline(new Uint8Array(), 'empty.txt', options)).toEqual({ ok: false, error: '“empty.txt” is empty.' });
    expect(runImportPipeline(sample, '003.txt', { ...options, maxFileBytes: 100 })).toEqual({ ok: false, error: expect.stringMatching(/over the 100 bytes limit/) });
  });

  it('logs any other failure and reports it in general terms', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken = [{ name: null as unknown as string }];
    expect(runImportPipeline(sample, '003.txt', { ...options, vocabulary: broken })).toEqual({ ok: false, error: internalReadError });
    expect(log).toHaveBeenCalledOnce();
  });
});
