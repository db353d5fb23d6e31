/** The BCP 47 language tag for an article's script. */
export function scriptLang(script: 'HANS' | 'HANT'): 'zh-Hans' | 'zh-Hant' {
  return script === 'HANT' ? 'zh-Hant' : 'zh-Hans';
}
