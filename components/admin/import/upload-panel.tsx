'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { createImportBatchAction } from '@/app/(admin)/admin/import/actions';
import { ChosenFileList, type FileUploadState } from './chosen-file-list';
import { FileDropZone } from './file-drop-zone';
import { formatByteSize } from './format-byte-size';
import { uploadFile } from './upload-file';

type Phase = 'choosing' | 'creating' | 'uploading' | 'finished';

function fileKey(file: File): string {
  return `${file.name}\u0000${file.size}\u0000${file.lastModified}`;
}

// Files go up one at a time, so one slow or refused file never holds the others back and the
// server never holds more than one upload per editor.
export function UploadPanel() {
  const t = useTranslations('import');
  const locale = useLocale();
  const router = useRouter();
  const [files, setFiles] = useState<File[]>([]);
  const [states, setStates] = useState<FileUploadState[]>([]);
  const [phase, setPhase] = useState<Phase>('choosing');
  const [batchId, setBatchId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const isBusy = phase === 'creating' || phase === 'uploading';
  useEffect(() => {
    if (!isBusy) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isBusy]);

  function addFiles(added: File[]) {
    setProblem(null);
    setFiles((current) => {
      const known = new Set(current.map(fileKey));
      return [...current, ...added.filter((file) => !known.has(fileKey(file)))];
    });
  }

  async function start() {
    if (files.length === 0) {
      setProblem(t('upload.noFiles'));
      return;
    }
    setProblem(null);
    setPhase('creating');
    const created = await createImportBatchAction({}).catch(() => ({ ok: false as const, error: 'INTERNAL' as const }));
    if (!created.ok) {
      setPhase('choosing');
      setProblem(t(`createBatch.errors.${created.error}`));
      return;
    }
    const id = created.data.id;
    setBatchId(id);
    setPhase('uploading');
    const outcomes: FileUploadState[] = files.map(() => ({ state: 'waiting' }));
    setStates([...outcomes]);
    for (const [index, file] of files.entries()) {
      outcomes[index] = { state: 'uploading' };
      setStates([...outcomes]);
      const outcome = await uploadFile(id, file);
      outcomes[index] = outcome.ok ? { state: 'done', entries: outcome.entries } : { state: 'failed', failure: outcome.failure, detail: outcome.detail };
      setStates([...outcomes]);
    }
    setPhase('finished');
    if (outcomes.every((outcome) => outcome.state === 'done')) router.push(`/admin/import/${id}`);
  }

  const totalBytes = files.reduce((sum, file) => sum + file.size, 0);
  const finishedIndexes = states.flatMap((state, index) => (state.state === 'done' || state.state === 'failed' ? [index] : []));
  const doneBytes = finishedIndexes.reduce((sum, index) => sum + (files[index]?.size ?? 0), 0);
  const failed = states.filter((state) => state.state === 'failed').length;
  const showProgress = phase === 'uploading' || phase === 'finished';

  return (
    <section className="import-panel" aria-labelledby="import-upload-heading">
      <h2 id="import-upload-heading">{t('upload.heading')}</h2>
      <FileDropZone disabled={phase !== 'choosing'} onFiles={addFiles} />
      {files.length > 0 ? (
        <div className="import-chosen">
          <h3>{t('upload.chosenHeading')}</h3>
          <p>{t('upload.chosenSummary', { count: files.length, size: formatByteSize(totalBytes, locale) })}</p>
          <ChosenFileList
            files={files}
            states={states}
            canRemove={phase === 'choosing'}
            onRemove={(index) => setFiles((current) => current.filter((_, position) => position !== index))}
          />
        </div>
      ) : null}
      {showProgress ? (
        <progress
          className="import-progress"
          aria-label={t('upload.progressLabel')}
          max={totalBytes > 0 ? totalBytes : files.length}
          value={totalBytes > 0 ? doneBytes : finishedIndexes.length}
        />
      ) : null}
      <p role="status" aria-live="polite" className="import-status">
        {phase === 'creating' ? t('upload.creating') : null}
        {showProgress
          ? t('upload.progress', {
              done: finishedIndexes.length,
              total: files.length,
              doneBytes: formatByteSize(doneBytes, locale),
              totalBytes: formatByteSize(totalBytes, locale),
            })
          : null}
        {phase === 'finished' && failed === 0 ? ` ${t('upload.finished')}` : null}
      </p>
      {problem ? <p role="alert" className="form-error">{problem}</p> : null}
      {phase === 'finished' && failed > 0 && batchId ? (
        <div role="alert" className="notice notice-warning">
          <p>{t('upload.someFailed', { failed })}</p>
          <Link href={`/admin/import/${batchId}`}>{t('upload.openBatch')}</Link>
        </div>
      ) : null}
      <div className="import-actions">
        <button type="button" className="primary" disabled={phase !== 'choosing'} onClick={() => void start()}>
          {t('upload.submit')}
        </button>
        {phase === 'choosing' && files.length > 0 ? (
          <button type="button" className="link-button" onClick={() => setFiles([])}>{t('upload.clear')}</button>
        ) : null}
      </div>
    </section>
  );
}
