import { placeholderParams } from '@/app/(public)/_reader/reader-params';

export { ReaderLayout as default, readerLayoutMetadata as generateMetadata } from '@/app/(public)/_reader/reader-layout';

export function generateStaticParams() {
  return placeholderParams('variant');
}
