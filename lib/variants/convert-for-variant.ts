import { simplifiedToTraditional } from '@/lib/text/simplified-to-traditional';
import type { SiteVariant } from './site-variant';

const memo = new Map<string, string>();
const memoLimit = 5000;

function convert(text: string, variant: Exclude<SiteVariant, 'zh-hans'>): string {
  // OpenCC phrase level: Taiwan phrases (软件 → 軟體) or Hong Kong forms.
  return simplifiedToTraditional(text, variant === 'zh-tw' ? 'twp' : 'hk');
}

/**
 * `text` (Simplified) in the reader's variant. Short strings (site chrome, titles, tag names) are
 * memoized; whole pages are cached by the page cache, so this is not the only cache.
 */
export function convertForVariant(text: string, variant: SiteVariant): string {
  if (variant === 'zh-hans' || text === '') return text;
  if (text.length > 200) return convert(text, variant);
  const key = `${variant}\u0000${text}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const converted = convert(text, variant);
  if (memo.size >= memoLimit) memo.delete(memo.keys().next().value as string);
  memo.set(key, converted);
  return converted;
}
