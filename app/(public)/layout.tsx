import type { Metadata } from 'next';
import { SiteHeader } from '@/components/public/site-header';
import './public.css';

export const metadata: Metadata = {
  title: { default: '墨石新闻', template: '%s · 墨石新闻' },
  description: '墨石新闻：经编辑整理的中文新闻。',
};

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
