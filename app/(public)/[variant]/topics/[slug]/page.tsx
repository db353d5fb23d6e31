import { placeholderParams } from '@/app/(public)/_reader/reader-params';

export { TopicRoute as default, topicRouteMetadata as generateMetadata } from '@/app/(public)/_reader/topic-page';

export function generateStaticParams() {
  return placeholderParams('slug');
}
