import type { SiteVariant } from './site-variant';

// Written out rather than converted: the article view also renders in the browser (the editor's
// live preview), where the OpenCC dictionaries are too heavy to ship. The unit test checks each
// against convertForVariant.
const labels = {
  'zh-hans': { reporter: '记者', source: '原文来源：', topics: '主题', archived: '本文已归档' },
  'zh-tw': { reporter: '記者', source: '原文來源：', topics: '主題', archived: '本文已歸檔' },
  'zh-hk': { reporter: '記者', source: '原文來源：', topics: '主題', archived: '本文已歸檔' },
} as const satisfies Record<SiteVariant, Record<string, string>>;

/** The words the article view adds around an article, in the reader's variant. */
export function articleViewLabels(variant: SiteVariant) {
  return labels[variant];
}
