export { HomeRoute as default, homeRouteMetadata as generateMetadata } from '@/app/(public)/_reader/home-page';
