'use client';

import { useTranslations } from 'next-intl';
import { seoDescriptionMaxLength, seoTitleMaxLength } from '@/lib/articles/article-input-schema';
import type { FieldGroupProps } from './field-props';
import { FormField } from './form-field';

/** How search engines show the article; empty means the title and excerpt are used. */
export function SeoFields({ fields, errors, setField }: FieldGroupProps) {
  const t = useTranslations('articleForm.fields');
  return (
    <fieldset className="editor-fieldset">
      <legend>{t('seoLegend')}</legend>
      <FormField
        label={t('seoTitle')}
        value={fields.seoTitle}
        error={errors.seoTitle}
        counterMax={seoTitleMaxLength}
        hint={t('seoTitleHint')}
        onChange={(value) => setField('seoTitle', value)}
      />
      <FormField
        label={t('seoDescription')}
        multiline
        value={fields.seoDescription}
        error={errors.seoDescription}
        counterMax={seoDescriptionMaxLength}
        hint={t('seoDescriptionHint')}
        onChange={(value) => setField('seoDescription', value)}
      />
    </fieldset>
  );
}
