import Link from 'next/link';

export default function NotFound() {
  return (
    <div lang="zh-Hans">
      <h1 className="page-title">找不到这个页面</h1>
      <p>它可能已被撤回或从未存在。</p>
      <p><Link href="/">返回首页</Link></p>
    </div>
  );
}
