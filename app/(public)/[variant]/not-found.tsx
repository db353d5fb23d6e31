export { default, metadata } from '@/app/(public)/_reader/not-found-page';
