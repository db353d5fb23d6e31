import type { Metadata } from 'next';
import { getSiteOrigin } from '@/lib/site/site-url';
import { convertForVariant } from '@/lib/variants/convert-for-variant';
import { variantLanguage } from '@/lib/variants/site-variant';
import { layoutVariant, type ReaderParams } from './reader-params';
import '../public.css';

// The root layout of both reader trees: `(simplified)` has no variant param, `[variant]` has one.
type Props = { params: Promise<ReaderParams> };

// Read when the server renders a page, so the origin comes from SITE_URL at run time, not at build.
export async function readerLayoutMetadata({ params }: Props): Promise<Metadata> {
  const variant = layoutVariant((await params).variant);
  const t = (text: string) => convertForVariant(text, variant);
  return {
    metadataBase: new URL(getSiteOrigin()),
    title: { default: t('墨石新闻'), template: `%s · ${t('墨石新闻')}` },
    description: t('墨石新闻：经编辑整理的中文新闻。'),
    alternates: {
      types: {
        'application/rss+xml': [{ url: '/feed.xml', title: '墨石新闻 RSS' }],
        'application/atom+xml': [{ url: '/atom.xml', title: '墨石新闻 Atom' }],
      },
    },
  };
}

/** The reader site's document in the page's variant. Pages render the masthead themselves (it needs their path). */
export async function ReaderLayout({ children, params }: { children: React.ReactNode } & Props) {
  const variant = layoutVariant((await params).variant);
  return (
    <html lang={variantLanguage[variant]}>
      <body>{children}</body>
    </html>
  );
}
