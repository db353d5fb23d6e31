import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from './serialize-json-ld';

describe('serializeJsonLd', () => {
  it('escapes < so a name cannot close the script element, and parses back to the same value', () => {
    const value = { name: '</script><script>alert(1)</script>知识产权 & 专利', line: 'a\u2028b' };
    const json = serializeJsonLd(value);
    expect(json).not.toContain('<');
    expect(json).not.toContain('\u2028');
    expect(JSON.parse(json)).toEqual(value);
  });
});
