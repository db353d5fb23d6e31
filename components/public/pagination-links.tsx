import Link from 'next/link';

/** Newest-first list navigation: back to the first page when not on it, on to older articles when there are more. */
export function PaginationLinks({ firstHref, nextHref }: { firstHref: string | null; nextHref: string | null }) {
  if (!firstHref && !nextHref) return null;
  return (
    <nav aria-label="分页" className="pagination" lang="zh-Hans">
      {firstHref ? <Link href={firstHref} className="pagination-first">最新文章</Link> : null}
      {nextHref ? <Link href={nextHref} rel="next" className="pagination-next">更早的文章</Link> : null}
    </nav>
  );
}
