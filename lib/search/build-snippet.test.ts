import { describe, expect, it } from 'vitest';
import { buildSearchQuery } from './build-search-query';
import { buildSnippet } from './build-snippet';
import { highlightSegments } from './highlight-segments';

const text = (segments: { text: string }[]) => segments.map((segment) => segment.text).join('');

describe('highlightSegments', () => {
  it('marks every occurrence, in Traditional and full-width text too, keeping the text as written', () => {
    expect(highlightSegments('知識產權與知识产权', ['知识产权'])).toEqual([
      { text: '知識產權', match: true },
      { text: '與', match: false },
      { text: '知识产权', match: true },
    ]);
    expect(highlightSegments('ＯｐｅｎＡＩ發佈', ['openai'])).toEqual([{ text: 'ＯｐｅｎＡＩ', match: true }, { text: '發佈', match: false }]);
    expect(highlightSegments('没有匹配', [])).toEqual([{ text: '没有匹配', match: false }]);
    expect(highlightSegments('', ['x'])).toEqual([]);
  });
});

describe('buildSnippet', () => {
  it('shows about 100 characters around the first match of the first text that has one', () => {
    const body = `${'甲'.repeat(200)}专利${'乙'.repeat(200)}`;
    const snippet = buildSnippet([body, '摘要里也有专利'], ['专利']);
    expect(snippet[0]).toEqual({ text: `…${'甲'.repeat(20)}`, match: false });
    expect(snippet[1]).toEqual({ text: '专利', match: true });
    expect(text(snippet)).toHaveLength(102);
    expect(text(snippet).endsWith('…')).toBe(true);
  });

  it('falls back to the next text, then to the start of the first one; joins lines', () => {
    expect(buildSnippet(['正文\n\n第二段', '摘要有商标'], ['商标'])).toEqual([{ text: '摘要有', match: false }, { text: '商标', match: true }]);
    expect(buildSnippet(['正文\n\n第二段', ''], ['商标'])).toEqual([{ text: '正文 第二段', match: false }]);
    expect(buildSnippet(['', ''], ['商标'])).toEqual([]);
  });

  it('finds the first match however far into a long text, and across the places it is folded in parts', () => {
    const tokens = buildSearchQuery('知识产权').tokens;
    for (const at of [0, 20, 498, 499, 500, 501, 1400, 3990]) {
      const body = `${'甲'.repeat(at)}知識產權${'乙'.repeat(4000 - at)}`;
      const snippet = buildSnippet([body], tokens);
      expect(snippet.filter((segment) => segment.match).map((segment) => segment.text), `at ${at}`).toEqual(['知識產權']);
      expect(text(snippet).replace(/…/g, ''), `at ${at}`).toBe(body.slice(Math.max(0, Math.min(at - 20, body.length - 100)), Math.max(0, Math.min(at - 20, body.length - 100)) + 100));
    }
  });

  it('marks every match inside the snippet, and a match the first one overlaps', () => {
    const snippet = buildSnippet([`${'甲'.repeat(700)}产权与知识产权${'乙'.repeat(10)}专利${'丙'.repeat(300)}`], buildSearchQuery('知识产权 专利').tokens);
    expect(snippet.filter((segment) => segment.match).map((segment) => segment.text)).toEqual(['产权', '知识产权', '专利']);
  });

  it('never cuts a match or a surrogate pair in two', () => {
    const snippet = buildSnippet([`${'甲'.repeat(99)}知识产权${'乙'.repeat(10)}`], ['知识产权']);
    expect(snippet.find((segment) => segment.match)?.text).toBe('知识产权');
    const astral = buildSnippet([`${'𠀀'.repeat(80)}`], []);
    expect(text(astral).replace('…', '')).toMatch(/^(?:𠀀)+$/u);
  });
});
