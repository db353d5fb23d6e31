import { convertToSimplified } from '@/lib/text/convert-to-simplified';
import type { SiteVariant } from './site-variant';
import { convertForVariant } from './convert-for-variant';

export type TextScript = 'HANS' | 'HANT';

/** A converter for text stored in `script`, shown in `variant`; null when it is shown as stored. */
export function textConverterFor(script: TextScript, variant: SiteVariant): ((text: string) => string) | null {
  if (variant === 'zh-hans') return script === 'HANT' ? convertToSimplified : null;
  // Traditional text is shown as stored in the Traditional variants: a Simplified round trip loses
  // distinctions (乾/幹 → 干) that the author made.
  if (script === 'HANT') return null;
  return (text) => convertForVariant(text, variant);
}

/** `text`, stored in `script`, as readers of `variant` see it. */
export function convertTextForVariant(text: string, script: TextScript, variant: SiteVariant): string {
  const convert = textConverterFor(script, variant);
  return convert && text ? convert(text) : text;
}
