import { describe, expect, it } from 'vitest';
import { parseFileNameHeader } from './parse-file-name-header';

describe('parseFileNameHeader', () => {
  it('decodes a URI-encoded name, Chinese included', () => {
    expect(parseFileNameHeader(encodeURIComponent(' 武汉 新闻.html '))).toEqual({ ok: true, name: '武汉 新闻.html' });
    expect(parseFileNameHeader(encodeURIComponent('长'.repeat(255)))).toEqual({ ok: true, name: '长'.repeat(255) });
  });

  it.each([
    ['missing', null, 'The upload has no file name (x-file-name header).'],
    ['empty', '%20%20', 'The file name is empty.'],
    ['badly encoded', '%E6%AD', 'The file name is not validly encoded.'],
    ['too long', encodeURIComponent('长'.repeat(256)), 'The file name is longer than 255 characters.'],
    ['with a control character', encodeURIComponent('a\nb.txt'), 'The file name contains control characters.'],
  ])('refuses a name that is %s', (_case, value, error) => {
    expect(parseFileNameHeader(value)).toEqual({ ok: false, error });
  });
});
