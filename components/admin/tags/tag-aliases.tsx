'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';
import { addTagAliasAction, findLookalikeTagAction, removeTagAliasAction } from '@/app/(admin)/admin/tags/actions';
import { FieldError } from '@/components/admin/field-error';
import type { ActionErrorCode, FieldErrorCode } from '@/lib/actions/action-result';
import { tagNameMaxLength } from '@/lib/tags/tag-input-schema';

/** The tag's aliases, each removable, and a field to add one (refused when another tag answers to it). */
export function TagAliases({ tagId, aliases }: { tagId: string; aliases: { id: string; name: string }[] }) {
  const t = useTranslations('tagAdmin');
  const router = useRouter();
  const inputId = useId();
  const [name, setName] = useState('');
  const [fieldError, setFieldError] = useState<{ code: FieldErrorCode; lookalike: string | null } | null>(null);
  const [error, setError] = useState<ActionErrorCode | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const add = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsBusy(true);
    setError(null);
    setFieldError(null);
    const result = await addTagAliasAction({ tagId, name }).catch(() => null);
    if (result?.ok) {
      setName('');
      router.refresh();
    } else if (result?.fieldErrors?.name) {
      const code = result.fieldErrors.name;
      const found = code === 'taken' ? await findLookalikeTagAction({ name, exceptId: null }).catch(() => null) : null;
      setFieldError({ code, lookalike: found?.ok && found.data ? found.data.name : null });
    } else {
      setError(result?.error ?? 'INTERNAL');
    }
    setIsBusy(false);
  };
  const remove = async (aliasId: string) => {
    setError(null);
    const result = await removeTagAliasAction({ aliasId }).catch(() => null);
    if (result?.ok) router.refresh();
    else setError(result?.error ?? 'INTERNAL');
  };

  const fieldMessage = fieldError === null ? null
    : fieldError.code === 'taken' ? (fieldError.lookalike ? t('form.looksLike', { name: fieldError.lookalike }) : t('form.nameTaken'))
    : fieldError.code === 'forbiddenCharacters' ? t('form.nameForbiddenCharacters') : null;

  return (
    <section aria-labelledby="tag-aliases-title" className="tag-admin__section">
      <h2 id="tag-aliases-title">{t('aliases.title')}</h2>
      <p>{t('aliases.intro')}</p>
      {aliases.length === 0 ? <p>{t('aliases.empty')}</p> : (
        <ul aria-labelledby="tag-aliases-title" className="tag-admin__chips">
          {aliases.map((alias) => (
            <li key={alias.id}>
              {alias.name}{' '}
              <button type="button" className="link-button" aria-label={t('aliases.removeLabel', { name: alias.name })} onClick={() => remove(alias.id)}>
                {t('aliases.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} className="tag-admin__inline-form" noValidate>
        <label htmlFor={inputId}>{t('aliases.newAlias')}</label>
        <input
          id={inputId}
          value={name}
          maxLength={tagNameMaxLength}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? `${inputId}-error` : undefined}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" disabled={isBusy}>{t('aliases.add')}</button>
        {fieldError ? (
          <span id={`${inputId}-error`}>{fieldMessage ? <span className="field-error">{fieldMessage}</span> : <FieldError code={fieldError.code} />}</span>
        ) : null}
      </form>
      {error ? <p role="alert" className="form-error">{t(`errors.${error}`)}</p> : null}
    </section>
  );
}
