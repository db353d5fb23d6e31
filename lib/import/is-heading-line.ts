import { endsSentence } from '../text/ends-sentence';

const trailingClausePunctuation = /[,，、:：]$/u;

// A short line of Han text with no punctuation at its end: a title or a subheading, not prose.
export function isHeadingLine(text: string, maxLength: number): boolean {
  const length = [...text].length;
  return (
    length >= 2 &&
    length <= maxLength &&
    /\p{Script=Han}/u.test(text) &&
    !endsSentence(text) &&
    !trailingClausePunctuation.test(text)
  );
}
