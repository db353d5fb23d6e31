import type { Metadata } from 'next';
import Link from 'next/link';
import './public.css';

export const metadata: Metadata = {
  title: { default: '墨石新闻', template: '%s · 墨石新闻' },
  description: '墨石新闻：经编辑整理的中文新闻。',
};

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh">
      <body>
        <header className="site-header">
          <Link href="/" className="site-name" lang="zh-Hans">墨石新闻</Link>
        </header>
        <main className="site-main">{children}</main>
      </body>
    </html>
  );
}
