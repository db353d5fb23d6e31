import type { TiptapDoc } from '../rich-text/tiptap-doc';
import { convertToSimplified } from './convert-to-simplified';
import { convertToTraditional } from './convert-to-traditional';
import { convertTiptapDoc } from './convert-tiptap-doc';

export type ArticleScript = 'HANS' | 'HANT';

export interface ArticleScriptInput {
  to: ArticleScript;
  texts: Record<string, string>;
  body: TiptapDoc;
}

/**
 * An article in the other script: the given texts (title, excerpt...), every text of the body
 * and image alt texts and captions, Traditional → Simplified (OpenCC t2cn) or Simplified →
 * Traditional (s2twp, with Taiwan phrases). Structure, marks and links stay as they are; code is
 * left alone. Full-width punctuation passes through unchanged.
 */
export function convertArticleScript(input: ArticleScriptInput): { texts: Record<string, string>; body: TiptapDoc } {
  const convert = input.to === 'HANS' ? convertToSimplified : convertToTraditional;
  const texts = Object.fromEntries(Object.entries(input.texts).map(([key, value]) => [key, convert(value)]));
  const body = convertTiptapDoc(input.body, convert);
  return { texts, body };
}
