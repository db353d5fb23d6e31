import { collectPageLines } from './collect-page-lines';
import type { LightElement } from './light-node';

const maxLength = 80;

// An element's text as one line, cut at 80 characters, for reporting what was removed.
export function summariseText(element: LightElement): string {
  const characters = [...collectPageLines(element).join(' ')];
  return characters.length <= maxLength ? characters.join('') : `${characters.slice(0, maxLength - 1).join('')}…`;
}
