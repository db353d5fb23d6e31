import { Converter } from 'opencc-js/t2cn';

let convert: ((text: string) => string) | undefined;

// OpenCC t2cn, built once on first use (building it takes noticeable time and memory).
export function convertToSimplified(text: string): string {
  convert ??= Converter({ from: 't', to: 'cn' });
  return convert(text);
}
