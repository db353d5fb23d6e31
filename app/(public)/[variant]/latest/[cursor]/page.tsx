import type { Metadata } from 'next';
import { HomePage, homeMetadata } from '../../home-page';
import { placeholderParam, readVariant } from '../../reader-variant';

// The home page's older pages, `/?before=<cursor>` to readers (the proxy maps the query here, so
// each page is cached under its own path).
type Props = { params: Promise<{ variant: string; cursor: string }> };

export function generateStaticParams() {
  return [{ cursor: placeholderParam }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return homeMetadata(await readVariant(params), (await params).cursor);
}

export default async function OlderLatestPage({ params }: Props) {
  return <HomePage variant={await readVariant(params)} before={(await params).cursor} />;
}
