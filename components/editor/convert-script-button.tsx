'use client';

import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { convertArticleScriptAction } from '@/app/(admin)/admin/articles/[id]/convert-script-action';
import type { ActionErrorCode } from '@/lib/actions/action-result';
import type { TiptapDoc } from '@/lib/rich-text/tiptap-doc';

type Script = 'HANS' | 'HANT';

interface ScriptInput {
  texts: Record<string, string>;
  body: TiptapDoc;
}

export interface ConvertScriptButtonProps {
  /** The article's script now; the button converts to the other one. */
  script: Script;
  getInput: () => ScriptInput;
  onConverted: (result: ScriptInput & { script: Script }) => void;
  disabled?: boolean;
}

/**
 * Converts the whole unsaved article to the other script on the server (OpenCC, phrase level)
 * and hands the result back; the form applies it, the body as one undoable step.
 */
export function ConvertScriptButton({ script, getInput, onConverted, disabled = false }: ConvertScriptButtonProps) {
  const t = useTranslations('editor');
  const tErrors = useTranslations('errors');
  const [error, setError] = useState<ActionErrorCode | null>(null);
  const [isPending, startTransition] = useTransition();
  const target: Script = script === 'HANS' ? 'HANT' : 'HANS';

  function convert() {
    setError(null);
    startTransition(async () => {
      try {
        const result = await convertArticleScriptAction({ to: target, ...getInput() });
        if (result.ok) onConverted({ script: target, ...result.data });
        else setError(result.error);
      } catch {
        setError('INTERNAL'); // offline, or the server did not answer
      }
    });
  }

  return (
    <span className="convert-script">
      <button type="button" className="secondary" onClick={convert} disabled={disabled || isPending} aria-busy={isPending}>
        {isPending ? t('converting') : t(target === 'HANS' ? 'convertToHANS' : 'convertToHANT')}
      </button>
      {error ? (
        <span className="form-error" role="alert">
          {tErrors(error)}
        </span>
      ) : null}
    </span>
  );
}
