// Word pastes list items as paragraphs styled `mso-list:l0 level2 lfo1`, each starting with its
// marker (•, o, §, 1., a), 一、) in a span styled `mso-list:Ignore`. Runs of such paragraphs
// become real, nested <ul>/<ol> lists here.

const LIST_STYLE = /mso-list\s*:\s*l\d+\s+level(\d+)/i;
const ORDERED_MARKER = /^[(（]?(\d+|[a-z]|[ivxlcdm]+|[一二三四五六七八九十百]+)[.)）、．]$/i;
const WHITESPACE = /[\s\u00a0]+/g;

interface WordListItem {
  paragraph: Element;
  level: number;
  ordered: boolean;
  start: number | null;
}

function readListItem(element: Element): WordListItem | null {
  if (element.localName !== 'p') return null;
  const level = LIST_STYLE.exec(element.getAttribute('style') ?? '')?.[1];
  if (!level) return null;
  const marker = [...element.querySelectorAll('span')].find((span) => /mso-list\s*:\s*ignore/i.test(span.getAttribute('style') ?? ''));
  const markerText = marker?.textContent?.replace(WHITESPACE, '') ?? '';
  marker?.remove();
  const ordered = ORDERED_MARKER.exec(markerText);
  const number = ordered?.[1] && /^\d+$/.test(ordered[1]) ? Number(ordered[1]) : null;
  return { paragraph: element, level: Number(level), ordered: ordered !== null, start: number };
}

function nextElementSibling(node: Node): Element | null {
  for (let sibling = node.nextSibling; sibling; sibling = sibling.nextSibling) {
    if (sibling.nodeType === 1) return sibling as Element;
    if (sibling.nodeType === 3 && (sibling.textContent ?? '').trim() !== '') return null;
  }
  return null;
}

// Returns the top-level lists, in order; deeper levels nest in the previous item of the level above.
function buildLists(items: WordListItem[], document: Document): Element[] {
  const lists: Element[] = [];
  const stack: { level: number; list: Element }[] = [];
  for (const item of items) {
    const tag = item.ordered ? 'ol' : 'ul';
    while ((stack.at(-1)?.level ?? 0) > item.level) stack.pop();
    let top = stack.at(-1);
    if (top && top.level === item.level && top.list.localName !== tag) {
      stack.pop();
      top = stack.at(-1);
    }
    if (!top || top.level < item.level) {
      const list = document.createElement(tag);
      if (item.ordered && item.start !== null && item.start !== 1) list.setAttribute('start', String(item.start));
      const parentItem = top?.list.lastElementChild;
      if (parentItem) parentItem.append(list);
      else lists.push(list);
      top = { level: item.level, list };
      stack.push(top);
    }
    const listItem = document.createElement('li');
    const paragraph = document.createElement('p');
    paragraph.append(...item.paragraph.childNodes);
    listItem.append(paragraph);
    top.list.append(listItem);
  }
  return lists;
}

/** Turns Word's list paragraphs under `root` into lists, in place. */
export function convertWordLists(root: Element): void {
  const document = root.ownerDocument;
  for (const first of [...root.querySelectorAll('p')]) {
    if (!first.isConnected) continue;
    const firstItem = readListItem(first);
    if (!firstItem) continue;
    const items = [firstItem];
    for (let next = nextElementSibling(first); next; next = nextElementSibling(next)) {
      const item = readListItem(next);
      if (!item) break;
      items.push(item);
    }
    first.before(...buildLists(items, document));
    for (const item of items) item.paragraph.remove();
  }
}
