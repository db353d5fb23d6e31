'use client';

import { useTranslations } from 'next-intl';
import type { FieldErrorCode } from '@/lib/actions/action-result';

export function FieldError({ code }: { code: FieldErrorCode | undefined }) {
  const t = useTranslations('errors.field');
  return code ? <span className="field-error">{t(code)}</span> : null;
}
