'use client';

import { NodeSelection } from '@tiptap/pm/state';
import { useEditorState, type Editor } from '@tiptap/react';

export interface SelectedImage {
  pos: number;
  src: string;
  alt: string;
  caption: string;
}

/** The image the selection is on (clicked, or just uploaded), or null. */
export function useSelectedImage(editor: Editor): SelectedImage | null {
  return useEditorState({
    editor,
    selector: ({ editor: current }) => {
      const { selection } = current.state;
      if (!(selection instanceof NodeSelection) || selection.node.type.name !== 'image') return null;
      const { src, alt, caption } = selection.node.attrs as { src: unknown; alt: unknown; caption: unknown };
      return {
        pos: selection.from,
        src: typeof src === 'string' ? src : '',
        alt: typeof alt === 'string' ? alt : '',
        caption: typeof caption === 'string' ? caption : '',
      };
    },
  });
}
