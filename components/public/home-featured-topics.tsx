import Link from 'next/link';
import type { FeaturedTopic } from '@/lib/tags/list-featured-topics';
import { articlePath } from '@/lib/site/article-paths';
import { topicPath } from '@/lib/site/topic-paths';
import { convertForVariant } from '@/lib/variants/convert-for-variant';
import { convertNameForVariant } from '@/lib/variants/convert-name-for-variant';
import { variantLanguage, type SiteVariant } from '@/lib/variants/site-variant';
import { variantPath } from '@/lib/variants/variant-path';

/**
 * The home page's featured topics, each with its article count and newest article. Takes the
 * stored names and converts them to `variant` itself.
 */
export function HomeFeaturedTopics({ topics, variant }: { topics: FeaturedTopic[]; variant: SiteVariant }) {
  if (topics.length === 0) return null;
  const t = (text: string) => convertForVariant(text, variant);
  return (
    <section aria-labelledby="home-featured-title" className="home-featured" lang={variantLanguage[variant]}>
      <h2 id="home-featured-title">{t('精选主题')}</h2>
      <ul className="home-featured-list">
        {topics.map((topic) => (
          <li key={topic.id}>
            <Link href={variantPath(topicPath(topic.slug), variant)}>{convertNameForVariant(topic.name, variant)}</Link>{' '}
            <span className="home-featured-count">{topic.publishedCount.toLocaleString('zh-CN')} {t('篇')}</span>
            {topic.latest ? (
              <p className="home-featured-latest">
                {t('最新：')}<Link href={variantPath(articlePath(topic.latest.slug), variant)}>{convertNameForVariant(topic.latest.title, variant)}</Link>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      <p><Link href={variantPath('/topics', variant)}>{t('全部主题')}</Link></p>
    </section>
  );
}
