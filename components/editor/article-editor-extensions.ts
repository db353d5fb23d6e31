import { StarterKit } from '@tiptap/starter-kit';
import { ArticleImage } from './article-image';
import { isAllowedEditorLink } from './is-allowed-editor-link';

/**
 * The article body's extension set. tiptap-doc-schema.ts validates exactly the nodes and marks
 * this produces; change both together (article-editor-extensions.test.ts checks they agree).
 * Markdown shortcuts are StarterKit's: "## " and "### " make the two heading levels and "# "
 * stays text (the title is the page's only h1). No Typography extension: it would rewrite
 * quotes and dashes, and full-width punctuation must stay as typed.
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
