export { ReaderLayout as default, readerLayoutMetadata as generateMetadata } from '@/app/(public)/_reader/reader-layout';
