import { convertForVariant } from '@/lib/variants/convert-for-variant';
import { variantLanguage, type SiteVariant } from '@/lib/variants/site-variant';
import { variantPath } from '@/lib/variants/variant-path';

interface PaginationLinksProps {
  /** Unprefixed site paths (`/topics/x/<cursor>`); the variant's prefix is added here. */
  firstHref: string | null;
  nextHref: string | null;
  variant: SiteVariant;
}

// Plain links, not next/link: each list page is a whole cached document, and the client router
// would prefetch the older page of every list a reader merely scrolls past.
/** Newest-first list navigation: back to the first page when not on it, on to older articles when there are more. */
export function PaginationLinks({ firstHref, nextHref, variant }: PaginationLinksProps) {
  if (!firstHref && !nextHref) return null;
  const t = (text: string) => convertForVariant(text, variant);
  return (
    <nav aria-label={t('分页')} className="pagination" lang={variantLanguage[variant]}>
      {firstHref ? <a href={variantPath(firstHref, variant)} className="pagination-first">{t('最新文章')}</a> : null}
      {nextHref ? <a href={variantPath(nextHref, variant)} rel="next" className="pagination-next">{t('更早的文章')}</a> : null}
    </nav>
  );
}
