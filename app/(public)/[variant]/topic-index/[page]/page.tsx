import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { placeholderParam, readVariant } from '../../reader-variant';
import { parseTopicIndexPage, TopicIndexPage, topicIndexMetadata } from '../../topics/topic-index-page';

// The topic index's further pages, `/topics?page=N` to readers (the proxy maps the query here, so
// each page is cached under its own path).
type Props = { params: Promise<{ variant: string; page: string }> };

export function generateStaticParams() {
  return [{ page: placeholderParam }];
}

async function readPage(params: Props['params']): Promise<number> {
  const page = parseTopicIndexPage((await params).page);
  if (page === null) notFound();
  return page;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return topicIndexMetadata(await readVariant(params), await readPage(params));
}

export default async function MoreTopicsPage({ params }: Props) {
  return <TopicIndexPage variant={await readVariant(params)} page={await readPage(params)} />;
}
