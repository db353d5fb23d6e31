import Link from 'next/link';

/** The reader site's masthead, shared by the public pages and the editor's preview. */
export function SiteHeader() {
  return (
    <header className="site-header">
      <Link href="/" className="site-name" lang="zh-Hans">墨石新闻</Link>
    </header>
  );
}
