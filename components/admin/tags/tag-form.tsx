'use client';

import { useTranslations } from 'next-intl';
import { usePathname, useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { createTagAction, findLookalikeTagAction, updateTagAction } from '@/app/(admin)/admin/tags/actions';
import { FieldError } from '@/components/admin/field-error';
import type { ActionErrorCode, FieldErrorCode } from '@/lib/actions/action-result';
import {
  tagDescriptionMaxLength,
  tagNameMaxLength,
  tagSeoDescriptionMaxLength,
  tagSeoTitleMaxLength,
  tagSlugMaxLength,
} from '@/lib/tags/tag-input-schema';
import { TagSearchPicker, type PickedTag } from './tag-search-picker';
import { TagTextField } from './tag-text-field';

export interface TagFormValues {
  id: string;
  name: string;
  slug: string;
  description: string;
  featured: boolean;
  seoTitle: string | null;
  seoDescription: string | null;
  parent: PickedTag | null;
}

/** Creates a tag (no `tag`) or edits one; a save goes to the tag's edit page with a "saved" notice. */
export function TagForm({ tag }: { tag?: TagFormValues }) {
  const t = useTranslations('tagAdmin');
  const router = useRouter();
  const pathname = usePathname();
  const [parent, setParent] = useState<PickedTag | null>(tag?.parent ?? null);
  const [errors, setErrors] = useState<Record<string, FieldErrorCode>>({});
  const [lookalike, setLookalike] = useState<string | null>(null);
  const [formError, setFormError] = useState<ActionErrorCode | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (field: string) => String(data.get(field) ?? '');
    const input = {
      name: text('name'),
      slug: text('slug'),
      description: text('description'),
      parentId: parent?.id ?? null,
      featured: data.get('featured') === 'on',
      seoTitle: text('seoTitle'),
      seoDescription: text('seoDescription'),
    };
    setIsSaving(true);
    const result = await (tag ? updateTagAction({ ...input, id: tag.id }) : createTagAction(input)).catch(() => null);
    if (result?.ok) {
      const target = `/admin/tags/${result.data.id}`;
      if (pathname === target) router.refresh();
      router.replace(`${target}?saved=1`);
      setErrors({});
      setLookalike(null);
      setFormError(null);
      setIsSaving(false);
      return;
    }
    const fieldErrors = result?.fieldErrors ?? {};
    let owner: string | null = null;
    if (fieldErrors.name === 'taken') {
      const found = await findLookalikeTagAction({ name: input.name, exceptId: tag?.id ?? null }).catch(() => null);
      owner = found?.ok && found.data ? found.data.name : null;
    }
    setErrors(fieldErrors);
    setLookalike(owner);
    setFormError(result === null ? 'INTERNAL' : Object.keys(fieldErrors).length > 0 ? null : result.error);
    setIsSaving(false);
  };

  const nameError = errors.name === 'taken'
    ? <span className="field-error">{lookalike ? t('form.looksLike', { name: lookalike }) : t('form.nameTaken')}</span>
    : errors.name === 'forbiddenCharacters' ? <span className="field-error">{t('form.nameForbiddenCharacters')}</span>
    : errors.name ? <FieldError code={errors.name} /> : undefined;
  const slugError = errors.slug === 'taken' ? <span className="field-error">{t('form.slugTaken')}</span> : errors.slug ? <FieldError code={errors.slug} /> : undefined;
  const parentError = errors.parentId === 'invalid' ? <span className="field-error">{t('form.parentInvalid')}</span> : errors.parentId ? <FieldError code={errors.parentId} /> : undefined;
  const plainError = (field: string) => (errors[field] ? <FieldError code={errors[field]} /> : undefined);

  return (
    <form className="tag-form" onSubmit={onSubmit} noValidate>
      <TagTextField label={t('form.name')} name="name" defaultValue={tag?.name ?? ''} maxLength={tagNameMaxLength} error={nameError} />
      <TagTextField
        label={t('form.slug')}
        name="slug"
        defaultValue={tag?.slug ?? ''}
        maxLength={tagSlugMaxLength}
        placeholder={t('form.slugPlaceholder')}
        hint={tag ? t('form.slugHelpEdit') : undefined}
        error={slugError}
      />
      <TagTextField label={t('form.description')} name="description" multiline defaultValue={tag?.description ?? ''} maxLength={tagDescriptionMaxLength} error={plainError('description')} />
      <TagSearchPicker label={t('form.parent')} value={parent} onChange={setParent} excludeId={tag?.id} error={parentError} />
      <label className="checkbox-field">
        <input type="checkbox" name="featured" defaultChecked={tag?.featured ?? false} /> {t('form.featured')}
      </label>
      <TagTextField label={t('form.seoTitle')} name="seoTitle" defaultValue={tag?.seoTitle ?? ''} maxLength={tagSeoTitleMaxLength} error={plainError('seoTitle')} />
      <TagTextField label={t('form.seoDescription')} name="seoDescription" multiline defaultValue={tag?.seoDescription ?? ''} maxLength={tagSeoDescriptionMaxLength} error={plainError('seoDescription')} />
      {formError ? <p role="alert" className="form-error">{t(`errors.${formError}`)}</p> : null}
      <div className="tag-form__actions">
        <button type="submit" className="primary" disabled={isSaving}>{isSaving ? t('form.saving') : t(tag ? 'form.save' : 'form.create')}</button>
      </div>
    </form>
  );
}
