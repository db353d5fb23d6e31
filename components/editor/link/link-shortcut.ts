import { Extension } from '@tiptap/core';

/** Mod-K opens the link popover (which lives in React, so the editor only calls back). */
export const LinkShortcut = Extension.create<{ onOpen: () => void }>({
  name: 'linkShortcut',
  addOptions() {
    return { onOpen: () => undefined };
  },
  addKeyboardShortcuts() {
    return {
      'Mod-k': () => {
        if (!this.editor.isEditable) return false;
        this.options.onOpen();
        return true;
      },
    };
  },
});
