'use client';

import Link from 'next/link';

// Never shows the error's message or stack: they may reveal internals. The digest lets an editor
// find the matching entry in the server log.
export default function PublicError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="site-main" lang="zh-Hans" role="alert">
      <h1 className="page-title">页面暂时无法显示</h1>
      <p>服务器出了点问题，请稍后再试。</p>
      {error.digest ? <p className="topic-description">错误编号：<code>{error.digest}</code></p> : null}
      <ul className="tag-list">
        <li><button type="button" onClick={reset}>重试</button></li>
        <li><Link href="/">返回首页</Link></li>
        <li><Link href="/topics">浏览全部主题</Link></li>
      </ul>
    </main>
  );
}
