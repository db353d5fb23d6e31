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
  { rule: 'source-line', pattern: /^[(（]?[來来]源\s*[:：]/u, maxLength: 60 },
  { rule: 'source-line', pattern: /^(?:原文)?(?:[鏈链]接|地址|[網网]址)\s*[:：]\s*https?:\/\/\S+$/u },
  { rule: 'editor-credit', pattern: /^[(（]?(?:[責责]任)?[編编][輯辑]\s*[:：]/u, maxLength: 40 },
  { rule: 'disclaimer', pattern: /^[\p{Script=Han}\w]{0,12}?[聲声]明\s*[:：]/u },
  {
    rule: 'related-list',
    pattern:
      /^(?:(?:[相][關关]|[推][薦荐]|[熱热][門门]|延伸|[猜]你喜[歡欢])(?:文章|[閱阅][讀读]|[新][聞闻]|[資资][訊讯]|[鏈链]接)[:：]?$|下面列出[與与]本文章|本[頁页]收集[關关][於于])/u,
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
];
