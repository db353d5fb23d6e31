export { SearchRoute as default, searchMetadata as generateMetadata } from '@/app/(public)/_reader/search-page';
