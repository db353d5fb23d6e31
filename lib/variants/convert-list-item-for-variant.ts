import type { SiteVariant } from './site-variant';
import { convertTextForVariant, type TextScript } from './convert-text-for-variant';

/** The fields of an article list entry (ArticleListItem) that are text. */
export interface ConvertibleListItem {
  title: string;
  excerpt: string;
  script: TextScript;
}

/** An article list entry's title and excerpt in `variant`; everything else as it was. */
export function convertListItemForVariant<T extends ConvertibleListItem>(item: T, variant: SiteVariant): T {
  return {
    ...item,
    title: convertTextForVariant(item.title, item.script, variant),
    excerpt: convertTextForVariant(item.excerpt, item.script, variant),
  };
}
