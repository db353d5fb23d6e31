import type { Metadata } from 'next';
import { placeholderParam, readVariant } from '../../../reader-variant';
import { TopicPage, topicMetadata } from '../topic-page';

// A topic's older pages, `/topics/<slug>?before=<cursor>` to readers (the proxy maps the query
// here, so each page is cached under its own path).
type Props = { params: Promise<{ variant: string; slug: string; cursor: string }> };

export function generateStaticParams() {
  // [slug] has no layout to list its own placeholder, so this route lists both.
  return [{ slug: placeholderParam, cursor: placeholderParam }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, cursor } = await params;
  return topicMetadata(await readVariant(params), slug, cursor);
}

export default async function OlderTopicPage({ params }: Props) {
  const { slug, cursor } = await params;
  return <TopicPage variant={await readVariant(params)} slug={slug} before={cursor} />;
}
