import Link from 'next/link';
import { topicPath } from '@/lib/site/topic-paths';
import { convertForVariant } from '@/lib/variants/convert-for-variant';
import { convertNameForVariant } from '@/lib/variants/convert-name-for-variant';
import { variantLanguage, type SiteVariant } from '@/lib/variants/site-variant';
import { variantPath } from '@/lib/variants/variant-path';

/** A topic's subtopics. Takes the stored names and converts them to `variant` itself. */
export function TopicChildren({ topics, variant }: { topics: readonly { name: string; slug: string }[]; variant: SiteVariant }) {
  if (topics.length === 0) return null;
  const heading = convertForVariant('下级主题', variant);
  return (
    <nav aria-label={heading} className="topic-children" lang={variantLanguage[variant]}>
      <h2>{heading}</h2>
      <ul>
        {topics.map((topic) => (
          <li key={topic.slug}><Link href={variantPath(topicPath(topic.slug), variant)}>{convertNameForVariant(topic.name, variant)}</Link></li>
        ))}
      </ul>
    </nav>
  );
}
