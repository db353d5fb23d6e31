import Link from 'next/link';
import type { BreadcrumbItem } from '@/lib/site/build-breadcrumb-json-ld';

/** 首页 › 主题 › parent › topic: every step but the last is a link. */
export function TopicTrail({ items }: { items: readonly BreadcrumbItem[] }) {
  return (
    <nav aria-label="所在位置" className="topic-trail" lang="zh-Hans">
      <ol>
        {items.map((item, index) =>
          index === items.length - 1 ? (
            <li key={item.path} aria-current="page">{item.name}</li>
          ) : (
            <li key={item.path}><Link href={item.path}>{item.name}</Link></li>
          ),
        )}
      </ol>
    </nav>
  );
}
