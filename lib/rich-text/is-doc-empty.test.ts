import { describe, expect, it } from 'vitest';
import { emptyDoc } from './empty-doc';
import { sampleArticleDoc } from './fixtures/sample-article-doc';
import { isDocEmpty } from './is-doc-empty';
import type { TiptapDoc } from './tiptap-doc';

const withText = (value: string): TiptapDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: value }] }],
});

describe('isDocEmpty', () => {
  it.each<[string, TiptapDoc, boolean]>([
    ['a new document', emptyDoc(), true],
    ['only spaces and ideographic spaces', withText(' \u3000 '), true],
    ['only a horizontal rule', { type: 'doc', content: [{ type: 'horizontalRule' }] }, true],
    ['a single character', withText('字'), false],
    ['a real article', sampleArticleDoc, false],
  ])('%s → %s', (_name, doc, expected) => {
    expect(isDocEmpty(doc)).toBe(expected);
  });

  it('gives a fresh document each time', () => {
    expect(emptyDoc()).not.toBe(emptyDoc());
  });
});
