import { Converter } from 'opencc-js/cn2t';

let convert: ((text: string) => string) | undefined;

// OpenCC s2twp: Taiwan characters and phrases (软件 → 軟體), built once on first use.
export function convertToTraditional(text: string): string {
  convert ??= Converter({ from: 'cn', to: 'twp' });
  return convert(text);
}
