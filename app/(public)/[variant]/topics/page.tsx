import type { Metadata } from 'next';
import { readVariant } from '../reader-variant';
import { TopicIndexPage, topicIndexMetadata } from './topic-index-page';

type Props = { params: Promise<{ variant: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return topicIndexMetadata(await readVariant(params), 1);
}

export default async function TopicsPage({ params }: Props) {
  return <TopicIndexPage variant={await readVariant(params)} page={1} />;
}
