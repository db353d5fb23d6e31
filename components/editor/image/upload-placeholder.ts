import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

type PlaceholderAction = { add: { id: string; pos: number; element: HTMLElement } } | { remove: { id: string } };

const uploadPlaceholderKey = new PluginKey<DecorationSet>('uploadPlaceholder');

/**
 * Marks where an image being uploaded will go, as a widget that moves with the text typed or
 * deleted around it meanwhile (ProseMirror's upload pattern). Not part of the document.
 */
export const UploadPlaceholder = Extension.create({
  name: 'uploadPlaceholder',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: uploadPlaceholderKey,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, placeholders) {
            const mapped = placeholders.map(tr.mapping, tr.doc);
            const action = tr.getMeta(uploadPlaceholderKey) as PlaceholderAction | undefined;
            if (action && 'add' in action) {
              const widget = Decoration.widget(action.add.pos, action.add.element, { id: action.add.id, side: -1 });
              return mapped.add(tr.doc, [widget]);
            }
            if (action && 'remove' in action) return mapped.remove(mapped.find(undefined, undefined, (spec) => spec.id === action.remove.id));
            return mapped;
          },
        },
        props: {
          decorations: (state) => uploadPlaceholderKey.getState(state),
        },
      }),
    ];
  },
});

export function addUploadPlaceholder(tr: Transaction, id: string, pos: number, element: HTMLElement): Transaction {
  return tr.setMeta(uploadPlaceholderKey, { add: { id, pos, element } } satisfies PlaceholderAction);
}

export function removeUploadPlaceholder(tr: Transaction, id: string): Transaction {
  return tr.setMeta(uploadPlaceholderKey, { remove: { id } } satisfies PlaceholderAction);
}

/** Where the placeholder is now, or null once it is gone (its text was deleted). */
export function findUploadPlaceholder(state: EditorState, id: string): number | null {
  const found = uploadPlaceholderKey.getState(state)?.find(undefined, undefined, (spec) => spec.id === id);
  return found?.[0]?.from ?? null;
}
