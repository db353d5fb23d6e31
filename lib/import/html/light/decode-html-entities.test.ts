import { describe, expect, it } from 'vitest';
import { decodeHtmlEntities } from './decode-html-entities';

describe('decodeHtmlEntities', () => {
  it.each([
    ['&amp;&lt;&gt;&quot;&apos;', '&<>"\''],
    ['&#20013;&#x56FD;&#X6587;', '中国文'],
    ['&ldquo;引号&rdquo;&mdash;&hellip;', '“引号”—…'],
    ['&nbsp;&emsp;', '\u00a0\u2003'],
    ['&nbsp2024', '\u00a02024'],
    ['&#150;&#147;', '–“'],
    ['&#0;&#xD800;&#x110000;', '\ufffd\ufffd\ufffd'],
    ['&unknown; & &; &#;', '&unknown; & &; &#;'],
    ['无实体', '无实体'],
  ])('%s -> %s', (input, expected) => {
    expect(decodeHtmlEntities(input)).toBe(expected);
  });
});
