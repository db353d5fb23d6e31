import { placeholderParams } from '@/app/(public)/_reader/reader-params';

export { ArticleRoute as default, articleMetadata as generateMetadata } from '@/app/(public)/_reader/article-page';

export function generateStaticParams() {
  return placeholderParams('slug');
}
