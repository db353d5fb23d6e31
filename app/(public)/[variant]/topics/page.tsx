export { TopicIndexRoute as default, topicIndexRouteMetadata as generateMetadata } from '@/app/(public)/_reader/topic-index-page';
