import { placeholderParams } from '@/app/(public)/_reader/reader-params';

export { OlderLatestRoute as default, olderLatestMetadata as generateMetadata } from '@/app/(public)/_reader/home-page';

export function generateStaticParams() {
  return placeholderParams('cursor');
}
