import { collapseWhitespace } from '../collapse-whitespace';
import type { LightElement, LightNode } from './light-node';
import { rawTextElements } from './html-element-sets';

const blockElements = new Set(
  ('address article aside blockquote center dd details div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody thead tfoot tr td th ul caption').split(' '),
);

// The page's text as its reader sees it, one line per block (every block element and <br> ends
// one), before anything is removed: the "original" side of the editor's side-by-side view.
export function collectPageLines(root: LightElement): string[] {
  const lines: string[] = [];
  let open = '';
  const flush = () => {
    const line = collapseWhitespace(open);
    if (line !== '') lines.push(line);
    open = '';
  };
  const stack: (LightNode | 'flush')[] = [root];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (item === 'flush') {
      flush();
      continue;
    }
    if (item.kind === 'text') {
      open += item.text;
      continue;
    }
    if (rawTextElements.has(item.name)) continue;
    if (item.name === 'br') {
      flush();
      continue;
    }
    const isBlock = blockElements.has(item.name);
    if (isBlock) {
      flush();
      stack.push('flush');
    }
    for (let index = item.children.length - 1; index >= 0; index -= 1) stack.push(item.children[index] as LightNode);
  }
  flush();
  return lines;
}
