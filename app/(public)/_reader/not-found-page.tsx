import type { Metadata } from 'next';
import Link from 'next/link';
import { ReaderShell } from './reader-shell';

export const metadata: Metadata = { title: '找不到页面', robots: { index: false } };

// A 404 is not told its URL's variant, so it speaks Simplified and links the Simplified site.
export default function NotFound() {
  return (
    <ReaderShell variant="zh-hans" path="/">
      <div lang="zh-Hans">
        <p className="article-note">404</p>
        <h1 className="page-title">找不到这个页面</h1>
        <p>文章可能已被撤回，或者网址有误。</p>
        <ul className="tag-list">
          <li><Link href="/">返回首页</Link></li>
          <li><Link href="/topics">浏览全部主题</Link></li>
        </ul>
      </div>
    </ReaderShell>
  );
}
