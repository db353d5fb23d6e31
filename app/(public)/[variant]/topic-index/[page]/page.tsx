import { placeholderParams } from '@/app/(public)/_reader/reader-params';

export { TopicIndexRoute as default, topicIndexRouteMetadata as generateMetadata } from '@/app/(public)/_reader/topic-index-page';

export function generateStaticParams() {
  return placeholderParams('page');
}
