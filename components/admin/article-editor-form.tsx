'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { saveArticleAction } from '@/app/(admin)/admin/articles/[id]/actions';
import { ArticleBodyEditor } from '@/components/editor/article-body-editor';
import type { ActionResult } from '@/lib/actions/action-result';
import type { ArticleForEditing } from '@/lib/articles/get-article-for-editing';
import type { SaveArticleResult } from '@/lib/articles/save-article';
import type { TiptapDoc } from '@/lib/rich-text/tiptap-doc';
import { FieldError } from './field-error';

type Intent = 'save' | 'publish' | 'unpublish';

export function ArticleEditorForm({ article }: { article: ArticleForEditing }) {
  const t = useTranslations();
  const [title, setTitle] = useState(article.fields.title);
  const [tags, setTags] = useState(article.fields.tags);
  const [body, setBody] = useState<TiptapDoc>(article.fields.body);
  const [saved, setSaved] = useState({ version: article.version, status: article.status, slug: article.slug });
  const [result, setResult] = useState<{ intent: Intent; outcome: ActionResult<SaveArticleResult> } | null>(null);
  const [isPending, startTransition] = useTransition();

  function submit(intent: Intent) {
    startTransition(async () => {
      const outcome = await saveArticleAction({ ...article.fields, id: article.id, baseVersion: saved.version, title, tags, body, intent });
      if (outcome.ok) setSaved(outcome.data);
      setResult({ intent, outcome });
    });
  }

  const fieldErrors = result && !result.outcome.ok ? result.outcome.fieldErrors : undefined;
  const message = !result ? null
    : result.outcome.ok
      ? result.intent === 'publish' ? t('editArticle.published')
        : result.intent === 'unpublish' ? t('editArticle.unpublished')
          : t('editArticle.saved', { version: result.outcome.data.version })
      : t(`errors.${result.outcome.error}`);

  return (
    <form className="article-editor" onSubmit={(event) => { event.preventDefault(); submit('save'); }}>
      <div className="editor-topbar">
        <Link href="/admin">← {t('editArticle.backToList')}</Link>
        <span>{t('editArticle.statusLabel', { status: t(`articles.status.${saved.status}`) })}</span>
        {saved.status === 'PUBLISHED' ? <a href={`/articles/${saved.slug}`} target="_blank" rel="noreferrer">{t('editArticle.viewPublic')}</a> : null}
      </div>
      <h1 className="visually-hidden">{t('editArticle.heading')}</h1>
      {article.fields.needsReview ? <p className="notice notice-warning">{t('editArticle.needsReview')}</p> : null}
      <label className="field">
        {t('editArticle.title')}
        <input name="title" value={title} onChange={(event) => setTitle(event.target.value)} maxLength={200} required aria-invalid={Boolean(fieldErrors?.title)} />
        <FieldError code={fieldErrors?.title} />
      </label>
      <label className="field">
        {t('editArticle.tags')}
        <input name="tags" value={tags} onChange={(event) => setTags(event.target.value)} aria-describedby="tags-hint" aria-invalid={Boolean(fieldErrors?.tags)} />
        <small id="tags-hint">{t('editArticle.tagsHint')}</small>
        <FieldError code={fieldErrors?.tags} />
      </label>
      <div className="field">
        <ArticleBodyEditor name="body" initialContent={article.fields.body} label={t('editArticle.body')} onChange={setBody} />
        <FieldError code={fieldErrors?.body} />
      </div>
      <div className="editor-actions">
        <button type="submit" disabled={isPending}>{t('editArticle.save')}</button>
        {saved.status === 'PUBLISHED'
          ? <button type="button" className="secondary" disabled={isPending} onClick={() => submit('unpublish')}>{t('editArticle.unpublish')}</button>
          : <button type="button" className="primary" disabled={isPending} onClick={() => submit('publish')}>{t('editArticle.publish')}</button>}
        <p role="status" aria-live="polite" className={result && !result.outcome.ok ? 'form-error' : 'form-ok'}>
          {isPending ? t('editArticle.saving') : message}
        </p>
      </div>
    </form>
  );
}
