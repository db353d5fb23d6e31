import { cookies } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { defaultLocale, isLocale, localeCookie } from './locales';
import { messages } from './messages';

// The admin UI language: a cookie the editor chooses, zh-CN by default.
export default getRequestConfig(async () => {
  const stored = (await cookies()).get(localeCookie)?.value;
  const locale = isLocale(stored) ? stored : defaultLocale;
  return { locale, messages: messages[locale], timeZone: 'Asia/Shanghai' };
});
