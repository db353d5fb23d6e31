import type { Metadata } from 'next';
import { SiteHeader } from '@/components/public/site-header';
import { getSiteOrigin } from '@/lib/site/site-url';
import './public.css';

// A function, not a constant, so the origin is read from SITE_URL when the server runs, not at build.
export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(getSiteOrigin()),
    title: { default: '墨石新闻', template: '%s · 墨石新闻' },
    description: '墨石新闻：经编辑整理的中文新闻。',
    alternates: {
      types: {
        'application/rss+xml': [{ url: '/feed.xml', title: '墨石新闻 RSS' }],
        'application/atom+xml': [{ url: '/atom.xml', title: '墨石新闻 Atom' }],
      },
    },
  };
}

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh">
      <body>
        <SiteHeader />
        <main className="site-main">{children}</main>
      </body>
    </html>
  );
}
