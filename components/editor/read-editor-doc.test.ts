import { Editor } from '@tiptap/core';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleArticleDoc } from '@/lib/rich-text/fixtures/sample-article-doc';
import { articleEditorExtensions } from './article-editor-extensions';
import { readEditorDoc } from './read-editor-doc';

const dom = new JSDOM('<!doctype html><div id="editor"></div>');
const globalNames = ['window', 'document', 'navigator', 'Node', 'HTMLElement', 'getComputedStyle', 'MutationObserver'] as const;
const saved = new Map<string, unknown>();

function allObjects(value: unknown, found: object[] = []): object[] {
  if (typeof value !== 'object' || value === null) return found;
  found.push(value);
  for (const child of Object.values(value)) allObjects(child, found);
  return found;
}

describe('readEditorDoc', () => {
  beforeAll(() => {
    for (const name of globalNames) {
      saved.set(name, Reflect.get(globalThis, name));
      Reflect.set(globalThis, name, Reflect.get(dom.window, name));
    }
  });
  afterAll(() => {
    for (const name of globalNames) Reflect.set(globalThis, name, saved.get(name));
  });

  it('gives the document with ordinary objects only, so it can be sent to a server action', () => {
    const editor = new Editor({ element: dom.window.document.getElementById('editor'), extensions: articleEditorExtensions, content: sampleArticleDoc });
    editor.chain().insertContentAt(1, { type: 'image', attrs: { src: '/uploads/1bf5c06f-a074-4518-b123-6df751cb0db8.png', alt: '桥', caption: null } }).run();
    expect(allObjects(editor.getJSON()).some((object) => !Array.isArray(object) && Object.getPrototypeOf(object) === null)).toBe(true);

    const doc = readEditorDoc(editor);
    expect(doc).toEqual(JSON.parse(JSON.stringify(editor.getJSON())));
    expect(allObjects(doc).every((object) => Object.getPrototypeOf(object) === (Array.isArray(object) ? Array.prototype : Object.prototype))).toBe(true);
    editor.destroy();
  });
});
