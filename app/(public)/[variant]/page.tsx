export { LatestRoute as default, latestMetadata as generateMetadata } from '@/app/(public)/_reader/home-page';
