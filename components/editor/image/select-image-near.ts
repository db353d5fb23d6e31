import type { Editor } from '@tiptap/react';

/** Selects the image with this source closest to `pos` (where it was just inserted). */
export function selectImageNear(editor: Editor, pos: number, src: string): void {
  let best: number | null = null;
  editor.state.doc.descendants((node, nodePos) => {
    if (node.type.name === 'image' && node.attrs.src === src && (best === null || Math.abs(nodePos - pos) < Math.abs(best - pos))) best = nodePos;
    return !node.isTextblock;
  });
  if (best !== null) editor.commands.setNodeSelection(best);
}
