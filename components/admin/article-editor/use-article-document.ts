'use client';

import type { Editor } from '@tiptap/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { carryPreviewState } from '@/components/admin/article-preview/preview-storage';
import type { ArticleFormFields } from '@/lib/articles/article-form-fields';
import type { ArticleForEditing } from '@/lib/articles/get-article-for-editing';
import type { SaveArticleResult } from '@/lib/articles/save-article';
import type { TiptapDoc } from '@/lib/rich-text/tiptap-doc';
import { autosaveReducer, initialAutosaveState, type AutosaveEvent } from './autosave-reducer';
import { metaAfterSave, metaFromArticle, type ServerMeta } from './server-meta';
import { useLocalDraft } from './use-local-draft';

/**
 * The article as the editor holds it: the form fields (body included), what the server last
 * stored, the save bookkeeping and the browser's copy of unsaved edits. Refs mirror the state for
 * the asynchronous save code, which must read the newest values, not those of its render.
 */
export function useArticleDocument(article: ArticleForEditing) {
  const [fields, setFieldsState] = useState(article.fields);
  const fieldsRef = useRef(article.fields);
  const [meta, setMetaState] = useState(() => metaFromArticle(article));
  const metaRef = useRef(meta);
  const [autosave, setAutosave] = useState(() => initialAutosaveState(article.updatedAt));
  const autosaveRef = useRef(autosave);
  const editorRef = useRef<Editor | null>(null);
  const pendingBody = useRef<TiptapDoc | null>(null);
  const isReplacingBody = useRef(false);
  const localDraft = useLocalDraft(article.id);

  const dispatch = useCallback((event: AutosaveEvent) => {
    autosaveRef.current = autosaveReducer(autosaveRef.current, event);
    setAutosave(autosaveRef.current);
  }, []);

  const commitFields = useCallback((next: ArticleFormFields) => {
    fieldsRef.current = next;
    setFieldsState(next);
  }, []);

  const setMeta = useCallback((next: ServerMeta) => {
    metaRef.current = next;
    setMetaState(next);
  }, []);

  const edit = useCallback(
    (next: ArticleFormFields) => {
      commitFields(next);
      dispatch({ type: 'edit', at: Date.now() });
      localDraft.schedule(next, metaRef.current.version);
    },
    [commitFields, dispatch, localDraft],
  );

  const setField = useCallback(
    <K extends keyof ArticleFormFields>(key: K, value: ArticleFormFields[K]) => edit({ ...fieldsRef.current, [key]: value }),
    [edit],
  );

  const onBodyChange = useCallback(
    (body: TiptapDoc) => (isReplacingBody.current ? commitFields({ ...fieldsRef.current, body }) : edit({ ...fieldsRef.current, body })),
    [commitFields, edit],
  );

  /** Replaces the body as one undo step; `asEdit` false when the new body is already saved. */
  const setBody = useCallback((body: TiptapDoc, asEdit: boolean) => {
    const editor = editorRef.current;
    if (!editor) {
      pendingBody.current = body;
      return;
    }
    isReplacingBody.current = !asEdit;
    try {
      editor.commands.setContent(body, { emitUpdate: true });
    } finally {
      isReplacingBody.current = false;
    }
  }, []);

  const onEditorReady = useCallback(
    (editor: Editor) => {
      editorRef.current = editor;
      const body = pendingBody.current;
      pendingBody.current = null;
      if (body) setBody(body, false);
    },
    [setBody],
  );

  /** Puts fields the server has not seen into the form (a recovered copy, "keep mine", a conversion). */
  const applyEdit = useCallback(
    (next: ArticleFormFields) => {
      setBody(next.body, false);
      edit(next);
    },
    [edit, setBody],
  );

  /** The form now shows exactly what the server holds (take theirs, a restored revision). */
  const replaceWithServer = useCallback(
    (server: ArticleForEditing) => {
      setBody(server.fields.body, false);
      commitFields(server.fields);
      setMeta(metaFromArticle(server));
      dispatch({ type: 'replace', savedAt: server.updatedAt });
      localDraft.clear();
    },
    [commitFields, dispatch, localDraft, setBody, setMeta],
  );

  const applySaveResult = useCallback(
    (result: SaveArticleResult, sent: { seq: number; manual: boolean; confirmedReview: boolean }, timeZone: string) => {
      const basedOn = metaRef.current.version;
      setMeta(metaAfterSave(metaRef.current, result, timeZone));
      // What the server decided for the fields it derives; these are not edits.
      const current = fieldsRef.current;
      commitFields({
        ...current,
        slug: !result.slugAuto && current.slug === '' ? result.slug : current.slug,
        excerpt: current.excerptAuto ? result.excerpt : current.excerpt,
        needsReview: sent.confirmedReview ? false : current.needsReview,
      });
      dispatch({ type: 'succeed', seq: sent.seq, savedAt: result.savedAt, manual: sent.manual });
      const { status, publishedAt, version } = metaRef.current;
      carryPreviewState(article.id, basedOn, fieldsRef.current, { status, publishedAt, version });
      if (sent.seq === autosaveRef.current.editSeq) localDraft.clear();
      else localDraft.schedule(fieldsRef.current, result.version);
    },
    [article.id, commitFields, dispatch, localDraft, setMeta],
  );

  return useMemo(
    () => ({ fields, meta, autosave, fieldsRef, metaRef, autosaveRef, dispatch, setMeta, setField, onBodyChange, onEditorReady, applyEdit, replaceWithServer, applySaveResult, localDraft }),
    [fields, meta, autosave, dispatch, setMeta, setField, onBodyChange, onEditorReady, applyEdit, replaceWithServer, applySaveResult, localDraft],
  );
}

export type ArticleDocument = ReturnType<typeof useArticleDocument>;
