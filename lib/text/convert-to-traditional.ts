import { simplifiedToTraditional } from './simplified-to-traditional';

// OpenCC s2twp: Taiwan characters and phrases (软件 → 軟體); the same converter as the reader's zh-tw.
export function convertToTraditional(text: string): string {
  return simplifiedToTraditional(text, 'twp');
}
