import { StarterKit } from '@tiptap/starter-kit';
import { ArticleImage } from './article-image';
import { isAllowedEditorLink } from './is-allowed-editor-link';

/**
 * The article body's extension set. tiptap-doc-schema.ts validates exactly the nodes and marks
 * this produces; change both together (article-editor-extensions.test.ts checks they agree).
 */
export const articleEditorExtensions = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: 'https',
      protocols: [],
      isAllowedUri: (url) => isAllowedEditorLink(url),
    },
  }),
  ArticleImage,
];
