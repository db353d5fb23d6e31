import { Converter } from 'opencc-js/cn2t';
import type { SiteVariant } from './site-variant';

type Convert = (text: string) => string;

const converters = new Map<SiteVariant, Convert>();
const memo = new Map<string, string>();
const memoLimit = 5000;

function converterFor(variant: Exclude<SiteVariant, 'zh-hans'>): Convert {
  let convert = converters.get(variant);
  if (!convert) {
    // OpenCC phrase-level: Taiwan phrases (软件 → 軟體) or Hong Kong forms. Built once per process.
    convert = Converter({ from: 'cn', to: variant === 'zh-tw' ? 'twp' : 'hk' });
    converters.set(variant, convert);
  }
  return convert;
}

/**
 * `text` (Simplified) in the reader's variant. Short strings (site chrome, titles, tag names) are
 * memoized; whole pages are cached by the page cache, so this is not the only cache.
 */
export function convertForVariant(text: string, variant: SiteVariant): string {
  if (variant === 'zh-hans' || text === '') return text;
  if (text.length > 200) return converterFor(variant)(text);
  const key = `${variant}\u0000${text}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const converted = converterFor(variant)(text);
  if (memo.size >= memoLimit) memo.delete(memo.keys().next().value as string);
  memo.set(key, converted);
  return converted;
}
