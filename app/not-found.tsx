import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: '找不到页面', robots: { index: false } };

// The build's /_not-found page, which readers do not see: the reader site's [variant]/[...missing]
// answers every path no other route takes. It sits above every root layout, so it is its own
// document. Small for the reason given in ./forbidden.tsx: without it, Next's default 404 page is
// in every page's payload.
export default function NotFound() {
  return (
    <html lang="zh-Hans">
      <body>
        <h1>找不到这个页面</h1>
        <p><Link href="/">返回墨石新闻首页</Link></p>
      </body>
    </html>
  );
}
