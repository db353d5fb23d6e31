import { describe, expect, it } from 'vitest';
import type { DiffSegment } from './article-diff';
import { diffText } from './diff-text';

const side = (segments: DiffSegment[], kind: 'removed' | 'added') =>
  segments.filter((segment) => segment.kind === 'same' || segment.kind === kind).map((segment) => segment.text).join('');

describe('diffText', () => {
  it('marks single Chinese characters changed inside a sentence', () => {
    expect(diffText('五月份居民消费价格同比上涨0.3%。', '五月份居民消费价格同比下降0.3%。')).toEqual([
      { kind: 'same', text: '五月份居民消费价格同比' },
      { kind: 'removed', text: '上涨' },
      { kind: 'added', text: '下降' },
      { kind: 'same', text: '0.3%。' },
    ]);
  });

  it('shows an insertion as added text only', () => {
    expect(diffText('国家统计局发布数据', '国家统计局今天发布数据')).toEqual([
      { kind: 'same', text: '国家统计局' },
      { kind: 'added', text: '今天' },
      { kind: 'same', text: '发布数据' },
    ]);
  });

  it('folds a coincidental one-character match into the replacement around it', () => {
    const segments = diffText('甲说的话很长', '乙写的文章很长');
    expect(segments).toEqual([
      { kind: 'removed', text: '甲说的话' },
      { kind: 'added', text: '乙写的文章' },
      { kind: 'same', text: '很长' },
    ]);
  });

  it('returns no segments for two empty texts and one same segment for equal texts', () => {
    expect(diffText('', '')).toEqual([]);
    expect(diffText('不变', '不变')).toEqual([{ kind: 'same', text: '不变' }]);
  });

  it('replaces a block over 4,000 characters wholesale (keeping nothing in between)', () => {
    const before = '甲'.repeat(4001);
    const after = `${'甲'.repeat(2000)}乙${'甲'.repeat(2001)}`;
    expect(diffText(before, after)).toEqual([
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ]);
  });

  it('still diffs long blocks with few edits precisely', () => {
    const before = `${'甲'.repeat(1999)}乙${'丙'.repeat(1999)}`;
    const after = `${'甲'.repeat(1999)}丁${'丙'.repeat(1999)}`;
    const segments = diffText(before, after);
    expect(segments.filter((segment) => segment.kind !== 'same')).toEqual([
      { kind: 'removed', text: '乙' },
      { kind: 'added', text: '丁' },
    ]);
  });

  it('keeps characters outside the Basic Multilingual Plane whole', () => {
    const segments = diffText('𠀀甲', '𠀁甲');
    expect(segments).toEqual([
      { kind: 'removed', text: '𠀀' },
      { kind: 'added', text: '𠀁' },
      { kind: 'same', text: '甲' },
    ]);
  });

  it('always rebuilds both texts from its segments', () => {
    const pairs: [string, string][] = [
      ['记者从国务院新闻办获悉，会议将于明天召开。', '本报记者从国新办获悉：会议将于后天在北京召开。'],
      ['Hello world', 'Hello brave new world'],
      ['一二三四五六七八九十', '十九八七六五四三二一'],
    ];
    for (const [before, after] of pairs) {
      const segments = diffText(before, after);
      expect(side(segments, 'removed')).toBe(before);
      expect(side(segments, 'added')).toBe(after);
    }
  });
});
