import type { Metadata } from 'next';
import { HomePage, homeMetadata } from './home-page';
import { readVariant } from './reader-variant';

type Props = { params: Promise<{ variant: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return homeMetadata(await readVariant(params), null);
}

export default async function LatestPage({ params }: Props) {
  return <HomePage variant={await readVariant(params)} before={null} />;
}
