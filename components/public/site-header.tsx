import Link from 'next/link';

/** The reader site's masthead, shared by the public pages and the editor's preview. */
export function SiteHeader() {
  return (
    <header className="site-header" lang="zh-Hans">
      <Link href="/" className="site-name">墨石新闻</Link>
      <nav aria-label="网站导航" className="site-nav">
        <Link href="/topics">主题</Link>
      </nav>
    </header>
  );
}
