import { describe, expect, it } from 'vitest';
import { toTiptapDoc } from './to-tiptap-doc';

describe('toTiptapDoc', () => {
  it('maps paragraphs and level-2 headings to Tiptap nodes', () => {
    expect(
      toTiptapDoc([
        { kind: 'paragraph', text: '第一段。' },
        { kind: 'heading', text: '強化保護顯擔當' },
      ]),
    ).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: '第一段。' }] },
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: '強化保護顯擔當' }] },
      ],
    });
  });

  it('never emits an empty text node', () => {
    expect(toTiptapDoc([{ kind: 'paragraph', text: '' }])).toEqual({ type: 'doc', content: [{ type: 'paragraph', content: [] }] });
  });
});
