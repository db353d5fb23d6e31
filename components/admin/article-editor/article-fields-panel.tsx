'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { FieldError } from '@/components/admin/field-error';
import { TagPicker } from '@/components/admin/tag-picker/tag-picker';
import type { FieldGroupProps } from './field-props';
import { FormField } from './form-field';
import { SeoFields } from './seo-fields';
import type { ServerMeta } from './server-meta';
import { SourceFields } from './source-fields';

/** Every field beside the title and the body, in the side panel. */
export function ArticleFieldsPanel({ meta, articleId, readOnly, ...props }: FieldGroupProps & { meta: ServerMeta; articleId: string; readOnly: boolean }) {
  const t = useTranslations('articleForm.fields');
  const { fields, errors, setField } = props;
  const excerptAutoId = useId();
  const needsReviewId = useId();
  const isSlugChanged = meta.hasBeenPublished && fields.slug !== '' && fields.slug !== meta.slug;

  return (
    <div className="article-fields">
      <FormField
        label={t('slug')}
        value={fields.slug}
        error={errors.slug}
        placeholder={t('slugFollowsTitle', { slug: meta.slug })}
        hint={meta.hasBeenPublished ? <span className={isSlugChanged ? 'field-warning' : undefined}>{t('slugRedirectWarning')}</span> : t('slugHint')}
        onChange={(value) => setField('slug', value)}
      />
      <div className="field">
        <FormField
          label={t('excerpt')}
          multiline
          readOnly={fields.excerptAuto}
          value={fields.excerpt}
          error={errors.excerpt}
          hint={fields.excerptAuto ? t('excerptAutoHint') : undefined}
          onChange={(value) => setField('excerpt', value)}
        />
        <label className="checkbox-field" htmlFor={excerptAutoId}>
          <input id={excerptAutoId} type="checkbox" checked={fields.excerptAuto} onChange={(event) => setField('excerptAuto', event.target.checked)} />
          {t('excerptAuto')}
        </label>
      </div>
      <TagPicker
        articleId={articleId}
        value={fields.tags}
        title={fields.title}
        body={fields.body}
        error={errors.tags}
        readOnly={readOnly}
        onChange={(value) => setField('tags', value)}
      />
      <SourceFields {...props} />
      <SeoFields {...props} />
      <div className="field">
        <label className="checkbox-field" htmlFor={needsReviewId}>
          <input
            id={needsReviewId}
            type="checkbox"
            checked={fields.needsReview}
            aria-describedby={`${needsReviewId}-hint`}
            onChange={(event) => setField('needsReview', event.target.checked)}
          />
          {t('needsReview')}
        </label>
        <small id={`${needsReviewId}-hint`}>{t('needsReviewHint')}</small>
        <FieldError code={errors.needsReview} />
      </div>
    </div>
  );
}
