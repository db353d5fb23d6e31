const labels = {
  HANS: { reporter: '记者', source: '原文来源：', topics: '主题' },
  HANT: { reporter: '記者', source: '原文來源：', topics: '主題' },
} as const;

/** The few words the public article page adds around an article, in the article's own script. */
export function articleLabels(script: 'HANS' | 'HANT') {
  return labels[script];
}
