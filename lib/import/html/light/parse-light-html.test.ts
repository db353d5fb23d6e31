import { describe, expect, it } from 'vitest';
import { descendantElements, type LightElement, type LightNode, textContent } from './light-node';
import { maxNestingDepth, parseLightHtml } from './parse-light-html';

// A compact picture of a subtree: elements as name[children], text in quotes.
function outline(node: LightNode): string {
  if (node.kind === 'text') return JSON.stringify(node.text);
  return `${node.name}[${node.children.map(outline).join(',')}]`;
}
const bodyOf = (html: string) => parseLightHtml(html).body.children.map(outline).join(',');

describe('parseLightHtml', () => {
  it.each([
    ['nested markup', '<div><p>甲<b>乙</b></p></div>', 'div[p["甲",b["乙"]]]'],
    ['an unclosed <p> closed by the next one', '<p>一<p>二', 'p["一"],p["二"]'],
    ['an unclosed <p> closed by a block', '<p>一<div>二</div>', 'p["一"],div["二"]'],
    ['unclosed <li> items', '<ul><li>一<li>二</ul>', 'ul[li["一"],li["二"]]'],
    ['table cells and rows without end tags', '<table><tr><td>一<td>二<tr><td>三</table>', 'table[tr[td["一"],td["二"]],tr[td["三"]]]'],
    ['a stray end tag', '<div>一</span>二</div>', 'div["一二"]'],
    ['an inline end tag that would close a block', '<b><div>一</b>二</div>', 'b[div["一二"]]'],
    ['a link inside a link', '<a href="/1">一<a href="/2">二</a>', 'a["一"],a["二"]'],
    ['void elements and </br>', '一<br>二<img src="x.jpg"></br>三', '"一",br[],"二",img[],br[],"三"'],
    ['comments, including unterminated ones', '一<!-- 注释 -->二<!-->三<!-- 到结尾', '"一二三"'],
    ['a doctype and processing instructions', '<!DOCTYPE html><?xml version="1.0"?><p>一</p>', 'p["一"]'],
    ['a < that starts no tag', '<p>1 < 2 <= 3</p>', 'p["1 < 2 <= 3"]'],
    ['a tag cut off by the end of the file', '<p>一</p><div class="a', 'p["一"]'],
    ['script content as raw text, end tags inside strings included', '<p>一</p><script>var a = "</div><p>x</p>";</script>', 'p["一"],script["var a = \\"</div><p>x</p>\\";"]'],
    ['an unterminated script swallowing the rest', '<p>一</p><script>x<p>二', 'p["一"],script["x<p>二"]'],
    ['self-closing syntax only inside svg', '<div/>一<svg><path/><text>字</text></svg>', 'div["一",svg[path[],text["字"]]]'],
  ])('recovers like a browser from %s', (_case, html, expected) => {
    expect(bodyOf(html)).toBe(expected);
  });

  it('decodes character references in text and attributes, not in scripts', () => {
    const document = parseLightHtml('<a href="/a?x=1&amp;y=2" title="&quot;引&quot;">&lt;b&gt; &#x4E2D;&#22269;&nbsp;&copy;&unknown;</a><script>a&amp;b</script>');
    const link = document.body.children[0] as LightElement;
    expect(link.attributes.get('href')).toBe('/a?x=1&y=2');
    expect(link.attributes.get('title')).toBe('"引"');
    expect(textContent(link)).toBe('<b> 中国\u00a0©&unknown;');
    expect(textContent(document.body.children[1] as LightElement)).toBe('a&amp;b');
  });

  it('reads attributes quoted, unquoted, repeated and upper-case', () => {
    const document = parseLightHtml(`<IMG SRC=a.jpg alt='图 一' data-src="b.jpg" src="ignored.jpg" hidden>`);
    const image = document.body.children[0] as LightElement;
    expect([...image.attributes]).toEqual([['src', 'a.jpg'], ['alt', '图 一'], ['data-src', 'b.jpg'], ['hidden', '']]);
  });

  it('puts head elements in <head> until content starts, and later ones in <body>', () => {
    const document = parseLightHtml('<html><head><title>标&amp;题</title><meta name="a" content="1"></head><body><p>正文</p><meta name="b" content="2"></body></html>');
    expect(document.head.children.map(outline)).toEqual(['title["标&题"]', 'meta[]']);
    expect(bodyOf('<title>t</title><p>正文</p><meta name="b">')).toBe('p["正文"],meta[]');
  });

  it('caps nesting depth so that no walk over the tree can overflow the stack', () => {
    const depth = 50_000;
    const document = parseLightHtml(`${'<div>'.repeat(depth)}深${'</div>'.repeat(depth)}<p>后</p>`);
    const deepest = Math.max(...[...descendantElements(document.body)].map((element) => {
      let level = 0;
      for (let current: LightElement | null = element; current; current = current.parent) level += 1;
      return level;
    }));
    expect(deepest).toBeLessThanOrEqual(maxNestingDepth + 2);
    expect(textContent(document.body)).toBe('深后');
  });
});
