import type { Metadata } from 'next';
import { SiteHeader } from '@/components/public/site-header';
import { NextIntlClientProvider } from 'next-intl';
import '../(public)/public.css';
import './preview.css';

export const metadata: Metadata = {
  title: { default: '预览', template: '预览：%s' },
  robots: { index: false, follow: false },
};

// The reader site's chrome and stylesheet, so the preview is the page readers will get. Unlike
// the public layout this one is dynamic: every preview page checks the session.
export default function PreviewLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh">
      <body>
        <NextIntlClientProvider>
          <SiteHeader variant="zh-hans" path="/" />
          <main id="main" className="site-main">{children}</main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

