// Cross-site scripting payloads for the browser tests. Every payload that manages to run sets
// `window.__xss` (or its parent's) or opens a dialog, which the tests watch for.

export interface XssPayload {
  name: string;
  markup: string;
}

/** Markup, for the importer and the editor's paste. */
export const xssMarkup: readonly XssPayload[] = [
  { name: 'script tag', markup: '<script>window.__xss=1</script>' },
  { name: 'script tag in capitals', markup: '<SCRIPT >window.__xss=1</SCRIPT >' },
  { name: 'event handler on an image', markup: '<img src="x" onerror="window.__xss=1" alt="事件">' },
  { name: 'event handler opening a dialog', markup: '<img src=y onerror=alert(document.domain)>' },
  { name: 'event handler on a details element', markup: '<details open ontoggle="window.__xss=1"><summary>摘要</summary></details>' },
  { name: 'SVG with an event handler', markup: '<svg onload="window.__xss=1"><circle r="1"></circle></svg>' },
  { name: 'SVG with a script', markup: '<svg xmlns="http://www.w3.org/2000/svg"><script>window.__xss=1</script></svg>' },
  { name: 'javascript: link', markup: '<a href="javascript:window.__xss=1">链接甲</a>' },
  { name: 'JAVASCRIPT: link', markup: '<a href="JAVASCRIPT:window.__xss=1">链接乙</a>' },
  { name: 'java\\tscript: link', markup: '<a href="java\tscript:window.__xss=1">链接丙</a>' },
  { name: 'java&#x09;script: link', markup: '<a href="java&#x09;script:window.__xss=1">链接丁</a>' },
  { name: 'entity-encoded scheme', markup: '<a href="&#106;avascript:window.__xss=1">链接戊</a>' },
  { name: 'data: link', markup: '<a href="data:text/html,&lt;script&gt;window.__xss=1&lt;/script&gt;">链接己</a>' },
  { name: 'data: SVG image', markup: '<img src="data:image/svg+xml,&lt;svg onload=&quot;window.__xss=1&quot;&gt;" alt="图">' },
  { name: 'javascript: image', markup: '<img src="javascript:window.__xss=1" alt="图">' },
  { name: 'iframe srcdoc', markup: '<iframe srcdoc="&lt;script&gt;parent.__xss=1&lt;/script&gt;"></iframe>' },
  { name: 'object', markup: '<object data="data:text/html,&lt;script&gt;parent.__xss=1&lt;/script&gt;"></object>' },
  { name: 'attribute break-out', markup: '<p title="&quot;&gt;&lt;img src=x onerror=window.__xss=1&gt;">引号</p>' },
  { name: 'noscript mutation', markup: '<noscript><p title="</noscript><img src=x onerror=window.__xss=1>"></p></noscript>' },
  { name: 'broken markup', markup: '<p><b>未闭合<i>标签<img src=x onerror=window.__xss=1 <p>' },
];

/** Text that looks like markup, for titles, names, descriptions and queries (each ≤ 40 characters). */
export const xssText = {
  script: '<script>window.__xss=1</script>',
  image: '<img src=x onerror=window.__xss=1>',
  svg: '"><svg onload=alert(document.domain)>',
  closing: '</title></textarea><b>粗</b>',
} as const;

/** One string with all of `xssText`, for fields without a tight length limit. */
export const xssTextAll = Object.values(xssText).join(' ');

/**
 * A saved web page (UTF-8) carrying every payload: in its title, its paragraphs and its links.
 * The title's Chinese reads the same in Simplified and Traditional, so it matches on both sites.
 */
export function xssPage(marker: string): { title: string; html: string } {
  const title = `${xssText.image}入口${marker}`;
  const paragraphs = xssMarkup.map(
    ({ markup }, index) => `<p>第${index + 1}段：记者从有关部门获悉，测试内容${marker}如下，${markup}以上为测试文字，相关工作正在推进之中。</p>`,
  );
  const html = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${escapeText(title)} - 测试网</title>
<script>window.__xss=1</script></head>
<body onload="window.__xss=1"><div class="article">
<h1>${escapeText(title)}</h1>
<p>本报讯 这是一篇用于检查跨站脚本的测试文章，编号${marker}，文中的${escapeText(xssText.script)}只是文字。</p>
${paragraphs.join('\n')}
</div></body></html>`;
  return { title, html };
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
