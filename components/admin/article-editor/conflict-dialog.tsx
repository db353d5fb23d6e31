'use client';

import { useTranslations } from 'next-intl';
import { useId, useMemo, useState } from 'react';
import { ArticleDiffView } from '@/components/admin/article-history/article-diff-view';
import type { ArticleFormFields } from '@/lib/articles/article-form-fields';
import { diffArticleVersions } from '@/lib/revisions/diff-article-versions';
import { formatClockTime } from './format-clock-time';
import { ModalDialog } from './modal-dialog';
import type { ConflictState } from './use-conflict-resolution';

interface ConflictChoiceProps {
  conflict: ConflictState;
  titleId: string;
  timeZone: string;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onRetryLoad: () => void;
}

/** An automatic excerpt is derived from the body on save: only the body's difference matters. */
function comparable(mine: ArticleFormFields, theirs: ArticleFormFields): ArticleFormFields {
  return mine.excerptAuto && theirs.excerptAuto ? { ...mine, excerpt: theirs.excerpt } : mine;
}

/** Both versions, and the editor's choice between them; there is no way out without choosing. */
export function ConflictDialog({ conflict, ...props }: Omit<ConflictChoiceProps, 'conflict' | 'titleId'> & { conflict: ConflictState | null }) {
  const titleId = useId();
  return (
    <ModalDialog open={conflict !== null} labelledBy={titleId} className="editor-dialog--wide">
      {conflict ? <ConflictChoice conflict={conflict} titleId={titleId} {...props} /> : null}
    </ModalDialog>
  );
}

function ConflictChoice({ conflict, titleId, timeZone, onKeepMine, onTakeTheirs, onRetryLoad }: ConflictChoiceProps) {
  const t = useTranslations('articleForm.conflict');
  const [isComparing, setIsComparing] = useState(false);
  const { theirs, mine } = conflict;
  const diff = useMemo(() => (theirs && isComparing ? diffArticleVersions(theirs.fields, comparable(mine, theirs.fields)) : null), [theirs, mine, isComparing]);

  return (
    <>
      <h2 id={titleId}>{t('title')}</h2>
      {theirs ? (
        <p>
          {t(conflict.fromLocalCopy ? 'explainLocalCopy' : 'explain', {
            name: theirs.updatedByName ?? t('someone'),
            time: formatClockTime(theirs.updatedAt, timeZone),
            version: theirs.version,
          })}
        </p>
      ) : conflict.loadFailed ? (
        <p className="form-error">
          {t('loadFailed')} <button type="button" onClick={onRetryLoad}>{t('retry')}</button>
        </p>
      ) : (
        <p aria-busy="true">{t('loading')}</p>
      )}
      <p className="editor-dialog__hint">{t('nothingLost')}</p>
      <div className="editor-dialog__actions">
        <button type="button" className="primary" data-autofocus disabled={!theirs} onClick={onKeepMine}>{t('keepMine')}</button>
        <button type="button" disabled={!theirs} onClick={onTakeTheirs}>{t('takeTheirs')}</button>
        <button type="button" disabled={!theirs} aria-expanded={isComparing} onClick={() => setIsComparing((value) => !value)}>{t('compare')}</button>
      </div>
      {diff ? <ArticleDiffView diff={diff} beforeLabel={t('theirsLabel')} afterLabel={t('mineLabel')} /> : null}
    </>
  );
}
