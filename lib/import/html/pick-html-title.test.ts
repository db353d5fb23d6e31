import { describe, expect, it } from 'vitest';
import { parseLightHtml } from './light/parse-light-html';
import { readPageHead } from './light/read-page-head';
import { pickHtmlTitle } from './pick-html-title';
import { stripSiteSuffix } from './strip-site-suffix';

describe('stripSiteSuffix', () => {
  it.each([
    ['武汉东湖高新区知识产权质押融资突破百亿元_湖北频道_华中新闻网', '华中新闻网', '武汉东湖高新区知识产权质押融资突破百亿元'],
    ['武汉东湖高新区知识产权质押融资突破百亿元_湖北频道_华中新闻网', null, '武汉东湖高新区知识产权质押融资突破百亿元'],
    ['凱米颱風登陸 宜蘭山區累積雨量破千毫米 - 生活 - 北島日報', '北島日報', '凱米颱風登陸 宜蘭山區累積雨量破千毫米'],
    ['财经深读 | 某新能源车企拟赴港上市', '财经深读', '某新能源车企拟赴港上市'],
    ['长江大保护十年——江城日报', '江城日报', '长江大保护十年'],
    ['武汉-鄂州同城化发展提速', null, '武汉-鄂州同城化发展提速'],
    ['江城日报', '江城日报', '江城日报'],
  ])('%s (site %s) -> %s', (title, siteName, expected) => {
    expect(stripSiteSuffix(title, siteName)).toBe(expected);
  });
});

describe('pickHtmlTitle', () => {
  const head = '<title>长江大保护十年：一江碧水向东流 - 江城日报</title>';
  it.each([
    ['an h1 consistent with <title>', `${head}<h1>长江大保护十年：一江碧水向东流</h1>`, '长江大保护十年：一江碧水向东流', 'h1'],
    ['a longer h1 that contains <title>', '<title>长江大保护十年 - 江城日报</title><h1>长江大保护十年：一江碧水向东流</h1>', '长江大保护十年：一江碧水向东流', 'h1'],
    ['<title> over a logo h1', `${head}<h1>江城日报</h1>`, '长江大保护十年：一江碧水向东流', 'title-tag'],
    ['og:title over <title>', `${head}<meta property="og:title" content="一江碧水向东流">`, '一江碧水向东流', 'og:title'],
    ['the only h1 of a page without titles', '<h1> 长江大保护 十年 </h1>', '长江大保护 十年', 'h1'],
    ['nothing', '<p>正文。</p>', null, null],
  ])('takes %s', (_case, html, title, titleSource) => {
    expect(pickHtmlTitle(readPageHead(parseLightHtml(html)), null)).toEqual({ title, titleSource });
  });
});
