'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { createArticleAction } from './articles/[id]/actions';

/** Creates an empty draft and opens it in the editor. */
export function NewArticleButton() {
  const t = useTranslations('history.articleList');
  const router = useRouter();
  const [state, setState] = useState<'idle' | 'creating' | 'failed'>('idle');

  const create = async () => {
    setState('creating');
    const result = await createArticleAction({}).catch(() => null);
    if (result?.ok) router.push(`/admin/articles/${result.data.id}`);
    else setState('failed');
  };

  return (
    <span className="new-article">
      <button type="button" className="primary" disabled={state === 'creating'} onClick={() => void create()}>
        {state === 'creating' ? t('creating') : t('newArticle')}
      </button>
      {state === 'failed' ? <span role="alert" className="form-error">{t('createFailed')}</span> : null}
    </span>
  );
}
