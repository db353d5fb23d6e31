import type { HtmlRemovalRule } from './html-article';

export interface HtmlLineRule {
  rule: HtmlRemovalRule;
  pattern: RegExp;
  maxLength: number; // longer lines are body text that merely starts the same way
}

// Page furniture that plain-text dumps never contain, so boilerplate-line-rules.ts lacks it.
// Both scripts, as there.
export const bylineLabel = /^(?:本[报報]|本[网網])?(?:特[约約])?(?:记者|記者|通讯员|通訊員)[\s:：]*/u;

export const htmlLineRules: readonly HtmlLineRule[] = [
  {
    rule: 'paywall',
    pattern:
      /(?:[订訂][阅閱]|登[录錄入]|付[费費]|[会會][员員]|解[锁鎖]).{0,8}(?:[阅閱][读讀]|查看|[观觀]看|[浏瀏][览覽])(?:全文|完整|更多|剩[余餘])|剩[余餘]\s*\d+\s*%|^(?:立即|马上|馬上)?[订訂][阅閱](?:本[报報刊])?$/u,
    maxLength: 60,
  },
  {
    rule: 'page-tools',
    pattern:
      /^(?:[【[]?\s*(?:字[号號体體]\s*[:：]?\s*(?:[大中小]\s*){1,3}|(?:打印|列印)(?:本[页頁]|此[页頁]|文章)?|[关關]闭(?:窗口|本[页頁])?|收藏(?:本[页頁])?|[纠糾][错錯]|[视視]力保[护護]色[:：]?[^】\]]*)\s*[】\]]?\s*)+$/u,
    maxLength: 60,
  },
  {
    rule: 'page-info',
    pattern:
      /^(?:[发發][布佈表]|[更][新]|[刊][登])(?:[时時][间間]|日期)\s*[:：]|(?:[浏瀏][览覽]|[点點][击擊]|[阅閱][读讀])(?:次[数數]|量|[数數])\s*[:：]\s*\d+$/u,
    maxLength: 80,
  },
  {
    rule: 'epaper-nav',
    pattern:
      /^(?:版面[导導][航览覽]|版面目[录錄]|第\s*[0-9０-９A-Z]{1,3}\s*版(?:\s*[:：]?\s*\S{0,10})?$|上一[版篇期]|下一[版篇期]|返回(?:目[录錄]|本版|[首头頭]版)|PDF\s*下[载載]|往期回[顾顧]|本版[新][闻聞]|\d{4}年\d{1,2}月\d{1,2}日\s*星期[一二三四五六日天])|(?:往期回[顾顧]|PDF\s*下[载載])$/u,
    maxLength: 40,
  },
  {
    // Site footers that do not start with 版权所有 (which boilerplate-line-rules.ts already catches):
    // 江城日报社版权所有 未经书面授权不得复制, 浙ICP备05012345号. Never a finished sentence.
    rule: 'footer',
    pattern: /^(?!.*[。！？!?]$).*(?:版[权權]所有|all rights reserved|copyright|©|未[经經].{0,12}(?:授[权權]|[许許]可|同意).{0,8}不得|ICP[备備证證])/iu,
    maxLength: 80,
  },
  {
    // A line of nothing but reporters' names: 本报记者 赵磊 钱程.
    rule: 'byline',
    pattern: /^(?:本[报報]|本[网網])?(?:特[约約])?(?:记者|記者|通讯员|通訊員)[\s:：]*[\p{Script=Han}·\s、，,]{2,24}$/u,
    maxLength: 30,
  },
];
