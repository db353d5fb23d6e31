import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectEncoding } from './detect-encoding';

const fixture = (fileName: string) => new Uint8Array(readFileSync(new URL(`fixtures/encodings/${fileName}`, import.meta.url)));

describe('detectEncoding', () => {
  it.each([
    ['utf-8.txt', 'utf-8', false, /valid UTF-8 \(\d+ multi-byte characters\)/],
    ['utf-8-bom.txt', 'utf-8', true, /byte order mark EF BB BF/],
    ['utf-16le-bom.txt', 'utf-16le', true, /byte order mark FF FE/],
    ['gbk.txt', 'gb18030', false, /not valid UTF-8; GB18030 decodes cleanly with 9\d% of \d+ Han characters common, Big5 has \d+ invalid/],
    ['gb18030.txt', 'gb18030', false, /GB18030 decodes cleanly .* Big5 has \d+ invalid/],
    ['big5.txt', 'big5', false, /Big5 decodes cleanly with 9\d% of \d+ Han characters common, GB18030 decodes cleanly with [1-3]\d%/],
    ['big5-also-valid-gbk.txt', 'big5', false, /Big5 decodes cleanly with 100% .* GB18030 decodes cleanly with [1-5]\d%/],
    ['meta-gbk.html', 'gb18030', false, /GB18030 decodes cleanly/],
    ['short-gbk.txt', 'gb18030', false, /GB18030 decodes cleanly with 100% of 4 Han characters .* short text/],
  ])('detects %s as %s', (fileName, encoding, hasBom, reason) => {
    const detection = detectEncoding(fixture(fileName));
    expect(detection).toMatchObject({ encoding, hasBom });
    expect(detection.reason).toMatch(reason);
  });

  it('trusts UTF-8 bytes over a <meta charset> that says gb2312, and says the declaration is wrong', () => {
    const detection = detectEncoding(fixture('meta-gb2312-but-utf-8.html'), { declared: 'gb2312' });
    expect(detection.encoding).toBe('utf-8');
    expect(detection.reason).toMatch(/valid UTF-8 .*declared charset gb18030 is wrong/);
    expect(detection.confidence).toBeGreaterThan(0.9);
  });

  it('trusts the bytes over a declaration that names the other legacy encoding', () => {
    const detection = detectEncoding(fixture('big5.txt'), { declared: 'gbk' });
    expect(detection.encoding).toBe('big5');
    expect(detection.reason).toMatch(/declared charset gb18030 does not match/);
  });

  it('is confident on a full page and much less so on a four-character text', () => {
    expect(detectEncoding(fixture('gbk.txt')).confidence).toBeGreaterThanOrEqual(0.9);
    expect(detectEncoding(fixture('big5-also-valid-gbk.txt')).confidence).toBeGreaterThanOrEqual(0.9);
    expect(detectEncoding(fixture('short-gbk.txt')).confidence).toBeLessThan(0.7);
  });

  it('calls pure ASCII UTF-8 without claiming a declared legacy charset is wrong', () => {
    const detection = detectEncoding(new TextEncoder().encode('<meta charset="gbk"> Xinhua'), { declared: 'gbk' });
    expect(detection).toMatchObject({ encoding: 'utf-8', confidence: 0.99 });
    expect(detection.reason).toMatch(/ASCII only/);
    expect(detection.reason).not.toMatch(/wrong/);
  });

  it.each([
    ['big5', 'big5', /declared charset big5 decides/],
    ['gb2312', 'gb18030', /declared charset gb18030 decides/],
    [null, 'gb18030', /nothing declared, so GB18030/],
  ])('breaks a tie between GB18030 and Big5 with the declared charset %s', (declared, encoding, reason) => {
    // B0 B2 is 安 in GB18030 and 假 in Big5: both common, so the bytes alone cannot tell.
    const detection = detectEncoding(new Uint8Array([0xb0, 0xb2]), { declared });
    expect(detection.encoding).toBe(encoding);
    expect(detection.reason).toMatch(reason);
  });

  it('reports zero confidence when neither GB18030 nor Big5 decodes the bytes', () => {
    const detection = detectEncoding(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x21]));
    expect(detection.confidence).toBe(0);
    expect(detection.reason).toMatch(/GB18030 has 1 invalid byte sequence\(s\), Big5 has 1 invalid/);
  });
});
