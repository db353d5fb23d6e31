'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useState } from 'react';
import { ConvertScriptButton } from '@/components/editor/convert-script-button';
import type { ArticleFormFields } from '@/lib/articles/article-form-fields';

/** The text fields converted together with the body. */
const convertedKeys = ['title', 'excerpt', 'tags', 'sourceName', 'byline', 'datelinePlace', 'seoTitle', 'seoDescription'] as const;

interface ScriptSectionProps {
  fields: ArticleFormFields;
  getFields: () => ArticleFormFields;
  disabled: boolean;
  /** Puts new fields (body included) into the form as one edit. */
  applyEdit: (fields: ArticleFormFields) => void;
}

/** Converts the whole article between Simplified and Traditional, with a way back. */
export function ScriptSection({ fields, getFields, disabled, applyEdit }: ScriptSectionProps) {
  const t = useTranslations('articleForm.script');
  const [before, setBefore] = useState<ArticleFormFields | null>(null);

  const getInput = useCallback(() => {
    const current = getFields();
    return { texts: Object.fromEntries(convertedKeys.map((key) => [key, current[key]])), body: current.body };
  }, [getFields]);

  const onConverted = useCallback(
    (result: { texts: Record<string, string>; body: ArticleFormFields['body']; script: ArticleFormFields['script'] }) => {
      const current = getFields();
      const texts = Object.fromEntries(convertedKeys.map((key) => [key, result.texts[key] ?? current[key]]));
      setBefore(current);
      applyEdit({ ...current, ...texts, body: result.body, script: result.script });
    },
    [getFields, applyEdit],
  );

  const undo = () => {
    if (before) applyEdit(before);
    setBefore(null);
  };

  return (
    <div className="field script-section">
      <span>{t('current', { script: fields.script })}</span>
      <ConvertScriptButton script={fields.script} getInput={getInput} onConverted={onConverted} disabled={disabled} />
      {before ? (
        <p className="script-section__undo">
          {t('converted')} <button type="button" onClick={undo}>{t('undo')}</button>
        </p>
      ) : null}
    </div>
  );
}
