'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useTransition } from 'react';
import { setAdminLocale } from '@/app/(admin)/admin/locale-action';

const labels = { 'zh-CN': '简体中文', en: 'English' } as const;

export function LocaleSwitcher() {
  const t = useTranslations('common');
  const locale = useLocale();
  const [isPending, startTransition] = useTransition();
  return (
    <label className="locale-switcher">
      <span className="visually-hidden">{t('language')}</span>
      <select
        value={locale}
        disabled={isPending}
        aria-label={t('language')}
        onChange={(event) => startTransition(() => void setAdminLocale(event.target.value))}
      >
        {Object.entries(labels).map(([value, label]) => (
          <option key={value} value={value}>{label}</option>
        ))}
      </select>
    </label>
  );
}
