'use client';

import type { ReactNode } from 'react';
import type { SiteVariant } from '@/lib/variants/site-variant';

interface VariantLinkProps {
  variant: SiteVariant;
  href: string;
  hrefLang: string;
  lang: string;
  current: boolean;
  children: ReactNode;
}

const oneYear = 60 * 60 * 24 * 365;

/**
 * A link to another variant that remembers the reader's choice, so an unprefixed URL later leads
 * to it. A plain anchor, not next/link: the whole document (its `<html lang>`) changes.
 */
export function VariantLink({ variant, href, hrefLang, lang, current, children }: VariantLinkProps) {
  const remember = () => {
    document.cookie = `site_variant=${variant}; Path=/; Max-Age=${oneYear}; SameSite=Lax${location.protocol === 'https:' ? '; Secure' : ''}`;
  };
  return (
    <a href={href} hrefLang={hrefLang} lang={lang} aria-current={current ? 'true' : undefined} onClick={remember}>
      {children}
    </a>
  );
}
