import { SiteHeader } from '@/components/public/site-header';
import type { SiteVariant } from '@/lib/variants/site-variant';

/** Masthead and main landmark of a reader page; `path` is the page's unprefixed path with its query. */
export function ReaderShell({ variant, path, children }: { variant: SiteVariant; path: string; children: React.ReactNode }) {
  return (
    <>
      <SiteHeader variant={variant} path={path} />
      <main id="main" className="site-main">{children}</main>
    </>
  );
}
