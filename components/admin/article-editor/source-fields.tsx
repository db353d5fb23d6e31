'use client';

import { useTranslations } from 'next-intl';
import type { FieldGroupProps } from './field-props';
import { FormField } from './form-field';

/** Where the article comes from: source, byline, dateline, original publication date. */
export function SourceFields({ fields, errors, setField }: FieldGroupProps) {
  const t = useTranslations('articleForm.fields');
  return (
    <fieldset className="editor-fieldset">
      <legend>{t('sourceLegend')}</legend>
      <FormField label={t('sourceName')} value={fields.sourceName} error={errors.sourceName} onChange={(value) => setField('sourceName', value)} />
      <FormField label={t('sourceUrl')} type="url" placeholder="https://" value={fields.sourceUrl} error={errors.sourceUrl} onChange={(value) => setField('sourceUrl', value)} />
      <FormField label={t('byline')} value={fields.byline} error={errors.byline} onChange={(value) => setField('byline', value)} />
      <FormField label={t('datelinePlace')} value={fields.datelinePlace} error={errors.datelinePlace} onChange={(value) => setField('datelinePlace', value)} />
      <FormField
        label={t('originalPublishedAt')}
        type="date"
        value={fields.originalPublishedAt}
        error={errors.originalPublishedAt}
        onChange={(value) => setField('originalPublishedAt', value)}
      />
    </fieldset>
  );
}
