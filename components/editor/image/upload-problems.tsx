'use client';

import { useTranslations } from 'next-intl';
import type { ImageUploadProblem } from './use-image-uploads';

/** Why images were refused, in the editor's language, until dismissed or the next upload. */
export function UploadProblems({ problems, onDismiss }: { problems: ImageUploadProblem[]; onDismiss: () => void }) {
  const t = useTranslations('editor');
  if (problems.length === 0) return null;
  return (
    <div className="article-editor__problems" role="alert">
      <ul>
        {problems.map((problem) => (
          <li key={problem.id}>{t(`imageError.${problem.error}`, { name: problem.fileName })}</li>
        ))}
      </ul>
      <button type="button" className="article-editor__text-button" onClick={onDismiss}>
        {t('dismiss')}
      </button>
    </div>
  );
}
