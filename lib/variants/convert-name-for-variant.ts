import { detectScript } from '@/lib/text/detect-script';
import type { SiteVariant } from './site-variant';
import { convertTextForVariant } from './convert-text-for-variant';

/**
 * A tag or topic name (or another short text stored without its script, such as a featured
 * topic's newest title) in `variant`: the text's own characters decide which script it is in.
 */
export function convertNameForVariant(name: string, variant: SiteVariant): string {
  return convertTextForVariant(name, detectScript(name), variant);
}
