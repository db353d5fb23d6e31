import type { BoilerplateRule } from './import-result';

export interface BoilerplateLineRule {
  rule: BoilerplateRule;
  pattern: RegExp;
  maxLength?: number; // longer lines are body text that merely starts the same way
}

// Stateless rules, tried in order on a trimmed line with any list bullet removed. Keywords are
// written with both scripts, including the forms naive converters produce (標簽 next to 標籤).
export const boilerplateLineRules: readonly BoilerplateLineRule[] = [
  { rule: 'separator', pattern: /^[-—–_=*~·•]+$/u },
  { rule: 'breadcrumb', pattern: /^(?:[主首][頁页]|網站首頁|网站首页|[當当]前位置[:：]?|您的位置[:：]?)\s*[>＞›»]/u },
  { rule: 'seo-spam', pattern: /^[熱热][門门](?:[標标][簽籤签]|搜索|[關关][鍵键][詞词])\s*[:：]/u },
  { rule: 'fake-tags', pattern: /^(?:[標标][簽籤签]|tags?)\s*[:：]/iu },
  { rule: 'source-line', pattern: /^[(（]?(?:本文|文章|新[聞闻]|信息|稿件|消息)?[來来]源\s*[:：]/u, maxLength: 60 },
  { rule: 'source-line', pattern: /^(?:原文)?(?:[鏈链]接|地址|[網网]址)\s*[:：]\s*https?:\/\/\S+$/u },
  { rule: 'editor-credit', pattern: /^[(（]?(?:[責责]任)?[編编][輯辑]\s*[:：]/u, maxLength: 40 },
  { rule: 'disclaimer', pattern: /^[\p{Script=Han}\w]{0,12}?[聲声]明\s*[:：]/u },
  {
    rule: 'related-list',
    pattern:
      /^(?:(?:[相][關关]|[推][薦荐]|[熱热][門门]|延伸|[猜]你喜[歡欢])(?:文章|[閱阅][讀读]|[新][聞闻]|[資资][訊讯]|[鏈链]接)[:：]?$|下面列出[與与]本文章|本[頁页]收集[關关][於于])/u,
  },
  // Page furniture: paywall notices, print and font tools, publication info (发布时间：…, or a
  // date with 来源/作者/编辑 labels under the headline), e-paper navigation.
  // Saved pages have it, and so do text dumps copied from them.
  {
    rule: 'paywall',
    pattern:
      /(?:[订訂][阅閱]|登[录錄入]|付[费費]|[会會][员員]|解[锁鎖]).{0,8}(?:[阅閱][读讀]|查看|[观觀]看|[浏瀏][览覽])(?:全文|完整|更多|剩[余餘])|剩[余餘]\s*\d+\s*%|^(?:立即|马上|馬上)?[订訂][阅閱](?:本[报報刊])?$/u,
    maxLength: 60,
  },
  {
    rule: 'page-tools',
    pattern:
      /^(?:[【[]?\s*(?:字[号號体體]\s*[:：]?\s*(?:[大中小]\s*){1,3}|(?:打印|列印)(?:本[页頁]|此[页頁]|文章)?|[关關][闭閉](?:窗口|本[页頁])?|收藏(?:本[页頁])?|[纠糾][错錯]|[视視]力保[护護]色[:：]?[^】\]]*)\s*[】\]]?\s*)+$/u,
    maxLength: 60,
  },
  {
    rule: 'page-info',
    pattern:
      /^(?:[发發][布佈表]|[更][新]|[刊][登])(?:[时時][间間]|日期)\s*[:：]|(?:[浏瀏][览覽]|[点點][击擊]|[阅閱][读讀])(?:次[数數]|量|[数數])\s*[:：]\s*\d+$|^(?!.*[。！？!?]$)(?=.*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日))(?=.*(?:[來来]源|作者|[編编][輯辑]|[記记]者|[瀏浏][覽览]|[點点][擊击])\s*[:：])/u,
    maxLength: 80,
  },
  {
    rule: 'epaper-nav',
    pattern:
      /^(?:版面[导導][航览覽]|版面目[录錄]|第\s*[0-9０-９A-Z]{1,3}\s*版(?:\s*[:：]?\s*\S{0,10})?$|上一[版篇期]|下一[版篇期]|返回(?:目[录錄]|本版|[首头頭]版)|PDF\s*下[载載]|往期回[顾顧]|本版[新][闻聞]|\d{4}年\d{1,2}月\d{1,2}日\s*星期[一二三四五六日天])|(?:往期回[顾顧]|PDF\s*下[载載])$/u,
    maxLength: 40,
  },
  {
    // A line of nothing but reporters' names: 本报记者 赵磊 钱程, 作者：张三, and the Taiwanese
    // 記者林佳蓉／宜蘭報導 (with the time it was filed).
    rule: 'byline',
    pattern:
      /^(?:(?:本[报報]|本[网網])?(?:特[约約])?(?:记者|記者|通讯员|通訊員)|作者\s*[:：])[\s:：]*[\p{Script=Han}·\s、，,]{2,24}$|^[〔【[(（]?\s*(?:特[约約])?(?:记者|記者)\s*[\p{Script=Han}·、\s]{2,24}[／/]\s*\p{Script=Han}{2,6}[報报][導导道][〕】\])）]?[\s\d/:.-]*$/u,
    maxLength: 50,
  },
  {
    rule: 'dated-item',
    pattern: /^.*[^。！？!?]\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/u,
    maxLength: 80,
  },
  {
    rule: 'footer',
    pattern:
      /^(?:官方)?(?:微信公[眾众][號号]|微博|微信)$|^[掃扫]一[掃扫]|^[關关]注我[們们]|^返回[頂顶]部$|^分享到[:：]?|^版[權权]所有|^copyright\b|^©/iu,
    maxLength: 40,
  },
  {
    // Site footers that do not start with 版权所有: 江城日报社版权所有 未经书面授权不得复制,
    // 浙ICP备05012345号. Never a finished sentence.
    rule: 'footer',
    pattern: /^(?!.*[。！？!?]$).*(?:版[权權]所有|all rights reserved|copyright|©|未[经經].{0,12}(?:授[权權]|[许許]可|同意).{0,8}不得|ICP[备備证證])/iu,
    maxLength: 80,
  },
];
