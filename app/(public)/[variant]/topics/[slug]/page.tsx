import type { Metadata } from 'next';
import { placeholderParam, readVariant } from '../../reader-variant';
import { TopicPage, topicMetadata } from './topic-page';

type Props = { params: Promise<{ variant: string; slug: string }> };

export function generateStaticParams() {
  return [{ slug: placeholderParam }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return topicMetadata(await readVariant(params), (await params).slug, null);
}

export default async function NewestTopicPage({ params }: Props) {
  return <TopicPage variant={await readVariant(params)} slug={(await params).slug} before={null} />;
}
