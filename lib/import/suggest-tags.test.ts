import { describe, expect, it } from 'vitest';
import { convertToSimplified } from '../text/convert-to-simplified';
import { loadSampleArticles } from './fingerprint/fixtures/sample-articles';
import { suggestTags, type TagVocabularyEntry } from './suggest-tags';

const { consumerNews, hubeiNews } = loadSampleArticles();
const noPageTags: string[] = [];
// The tag line of both samples: cities the articles never mention (SEO spam).
const spamPageTags = ['太原', '巴中', '湖州', '延边', '宣城'];

describe('suggestTags keywords on the samples', () => {
  // Read from the articles: 000 reports Wuhan starting a national intellectual-property protection
  // demonstration zone, with its invention-patent figures; 003 reports Hubei's IP work in 2020,
  // brand building, geographical-indication marks and the Enshi potato that won a brand contest.
  it.each([
    ['000', consumerNews, ['知识产权', '武汉', '示范区', '发明专利']],
    ['003', hubeiNews, ['湖北', '品牌', '知识产权', '地理标志', '恩施土豆']],
  ])('finds the subject of sample %s', (_name, article, expected) => {
    expect(suggestTags({ title: article.title, bodyText: article.bodyText, pageTags: noPageTags }, []).keywords).toEqual(expected);
  });

  it('gives the Simplified copy the same keywords', () => {
    const traditional = suggestTags({ ...hubeiNews, pageTags: noPageTags }, []);
    const simplified = suggestTags({ title: convertToSimplified(hubeiNews.title), bodyText: convertToSimplified(hubeiNews.bodyText), pageTags: noPageTags }, []);
    expect(simplified).toEqual(traditional);
  });

  it('ignores page tags the body never uses', () => {
    const { keywords, matched } = suggestTags({ ...hubeiNews, pageTags: spamPageTags }, spamPageTags.map((name) => ({ name })));
    expect(keywords).toEqual(['湖北', '品牌', '知识产权', '地理标志', '恩施土豆']);
    expect(matched).toEqual([]);
  });

  it('lets a page tag the body uses count, in either script', () => {
    const { keywords } = suggestTags({ ...hubeiNews, pageTags: [...spamPageTags, '商標'] }, []);
    expect(keywords).toContain('商标');
    expect(keywords).toHaveLength(5);
  });

  it('keeps report boilerplate and contained words out', () => {
    const bodyText = '记者表示，记者今年在目前的工作中了解到：' + '湖北省知识产权局推动知识产权保护。'.repeat(3);
    const { keywords } = suggestTags({ title: '', bodyText, pageTags: noPageTags }, []);
    expect(keywords[0]).toBe('知识产权');
    for (const boilerplate of ['记者', '今年', '目前', '工作', '知识产权局']) expect(keywords).not.toContain(boilerplate);
  });

  it('reads repeated side-by-side nouns as one keyword and a province with and without 省 as one', () => {
    const bodyText = '湖北省地理标志商标增长。湖北地理标志产品丰富。地理标志保护。';
    const { keywords } = suggestTags({ title: '', bodyText, pageTags: noPageTags }, []);
    expect(keywords.slice(0, 2).sort()).toEqual(['地理标志', '湖北']);
    expect(keywords).not.toContain('地理');
    expect(keywords).not.toContain('湖北省');
  });

  it('returns nothing for text without nouns', () => {
    expect(suggestTags({ title: '', bodyText: '', pageTags: noPageTags }, [{ name: '湖北' }])).toEqual({ keywords: [], matched: [] });
    expect(suggestTags({ title: '2024', bodyText: '12345，。！', pageTags: ['  '] }, [])).toEqual({ keywords: [], matched: [] });
  });
});

describe('suggestTags matching existing tags', () => {
  const vocabulary: TagVocabularyEntry[] = [
    { name: '知識產權' },
    { name: '湖北' },
    { name: 'Wuhan', aliases: ['武漢', 'WH'] },
    { name: '中国' },
    { name: '人民' },
    { name: '太原' },
    { name: '征程' },
    { name: '' },
  ];

  it('matches keywords first, Traditional names and aliases included, then tags the text mentions', () => {
    expect(suggestTags({ ...hubeiNews, pageTags: spamPageTags }, vocabulary).matched).toEqual([
      { tag: '湖北', term: '湖北' },
      { tag: '知識產權', term: '知识产权' },
      // Four mentions each (征程 once in the title, which counts three times): vocabulary order.
      { tag: 'Wuhan', term: '武汉' },
      { tag: '征程', term: '征程' },
    ]);
  });

  it('finds a place inside its administrative name (湖北 in 湖北省) but needs two mentions in the body', () => {
    // 000 names 湖北省 twice and 中国 once (in 中国消费者报); 人民 only inside 人口.
    expect(suggestTags({ ...consumerNews, pageTags: noPageTags }, vocabulary).matched).toEqual([
      { tag: '知識產權', term: '知识产权' },
      { tag: 'Wuhan', term: '武汉' },
      { tag: '湖北', term: '湖北' },
    ]);
  });

  it('matches a tag named in the title once', () => {
    const { matched } = suggestTags({ title: '中国品牌日', bodyText: '品牌建设。', pageTags: noPageTags }, vocabulary);
    expect(matched).toContainEqual({ tag: '中国', term: '中国' });
  });

  it('does not match a tag inside another word', () => {
    const bodyText = '人民币汇率稳定。人民币汇率走强。中国家电出口。中国家电增长。';
    const { matched } = suggestTags({ title: '', bodyText, pageTags: noPageTags }, vocabulary);
    expect(matched).toEqual([]);
  });

  it('sees a changed vocabulary array entry', () => {
    const changing: TagVocabularyEntry[] = [{ name: '太原' }];
    expect(suggestTags({ ...hubeiNews, pageTags: noPageTags }, changing).matched).toEqual([]);
    changing[0] = { name: '品牌' };
    expect(suggestTags({ ...hubeiNews, pageTags: noPageTags }, changing).matched).toEqual([{ tag: '品牌', term: '品牌' }]);
  });
});
