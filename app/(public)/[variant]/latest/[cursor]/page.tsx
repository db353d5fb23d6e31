import { placeholderParams } from '@/app/(public)/_reader/reader-params';

export { HomeRoute as default, homeRouteMetadata as generateMetadata } from '@/app/(public)/_reader/home-page';

export function generateStaticParams() {
  return placeholderParams('cursor');
}
