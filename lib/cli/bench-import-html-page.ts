// Saved portal pages for the import benchmark: one real article inside the kind of page a
// mainland news portal serves (a ~150 KB document that is mostly navigation, scripts, styles,
// sidebars and related-article lists), distinct for each index.
import { changeFigures } from './bench-import-text-page';

export interface BenchArticle {
  title: string;
  paragraphs: string[];
}

const TARGET_BYTES = 150 * 1024;
const CHANNELS = ['新闻', '国内', '国际', '财经', '科技', '体育', '娱乐', '汽车', '房产', '教育', '健康', '旅游', '文化', '军事', '社会', '评论', '视频', '图片', '专题', '地方'];
const PLACES = ['北京', '上海', '广州', '深圳', '武汉', '成都', '杭州', '南京', '西安', '重庆', '长沙', '郑州', '宜昌', '襄阳', '恩施', '荆州'];
const SUBJECTS = ['营商环境', '乡村振兴', '新能源汽车', '数字经济', '文旅消费', '专利转化', '城市更新', '养老服务', '职业教育', '跨境电商', '防汛抗旱', '夏粮收购'];
const ACTIONS = ['持续发力', '再创新高', '迎来新机遇', '按下快进键', '交出亮眼答卷', '出台新举措', '取得新突破', '跑出加速度'];

function pick<T>(items: readonly T[], seed: number): T {
  return items[Math.abs(seed) % items.length] as T;
}

function headline(seed: number): string {
  return `${pick(PLACES, seed)}${pick(SUBJECTS, seed * 7 + 3)}${pick(ACTIONS, seed * 13 + 5)}`;
}

function date(seed: number): string {
  return `2024-${String(1 + (seed % 12)).padStart(2, '0')}-${String(1 + (seed % 28)).padStart(2, '0')}`;
}

function navigation(seed: number): string {
  const channels = CHANNELS.map((channel, index) => {
    const links = Array.from({ length: 12 }, (_, link) => `<a href="https://news.example.cn/${index}/${link}/">${pick(PLACES, seed + link)}${channel}</a>`);
    return `<li class="nav-item"><a href="https://news.example.cn/${index}/">${channel}</a><div class="sub-nav">${links.join('')}</div></li>`;
  });
  return `<div class="top-bar"><a href="/login">登录</a> | <a href="/reg">注册</a> | <a href="/app">下载客户端</a> | 设为首页 | 加入收藏</div>
<div id="nav"><ul class="nav-list">${channels.join('\n')}</ul></div>
<div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/news/">新闻中心</a> &gt; <a href="/news/china/">国内新闻</a> &gt; 正文</div>`;
}

function articleHtml(article: BenchArticle, seed: number): string {
  const [lead = '', ...rest] = article.paragraphs;
  const body = rest.map((paragraph) => `<p>${paragraph}</p>`).join('\n');
  return `<div class="article">
<h1 class="article-title">${article.title}</h1>
<div class="article-info"><span class="time">${date(seed)} 10:${String(seed % 60).padStart(2, '0')}</span> <span class="source">来源：中国知识产权报</span> <span class="editor">编辑：王${pick(PLACES, seed)}</span></div>
<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a></div>
<div class="article-content">
<p>${lead}</p>
<figure><img src="https://img.example.cn/2024/${seed}.jpg" alt="${article.title}"><figcaption>图为${article.title}现场。</figcaption></figure>
${body}
</div>
<p class="responsible-editor">责任编辑：李${pick(PLACES, seed + 1)}</p>
<div class="tags">标签：${PLACES.slice(0, 6).join(' ')}</div>
</div>`;
}

function linkList(heading: string, className: string, count: number, seed: number): string {
  const items = Array.from({ length: count }, (_, index) => `<li><a href="https://news.example.cn/a/${seed}${index}.html">${headline(seed + index * 31)}</a><span class="date">${date(seed + index)}</span></li>`);
  return `<div class="${className}"><h3>${heading}</h3><ul>${items.join('\n')}</ul></div>`;
}

function footer(seed: number): string {
  return `<div class="footer"><p><a href="/about">关于我们</a> | <a href="/contact">联系我们</a> | <a href="/ads">广告服务</a> | <a href="/jobs">招聘信息</a></p>
<p>版权所有 © 2024 新闻网 All Rights Reserved. 京ICP备${10_000_000 + seed}号</p><p>违法和不良信息举报电话：010-12345678</p></div>`;
}

// Filler in the shape of real page furniture: style rules and script.
function styleRules(count: number, seed: number): string {
  return Array.from({ length: count }, (_, index) => `.m${seed % 97}-${index} .item a:hover{color:#c${index % 10}0;margin:${index % 7}px ${index % 5}px;font-size:${12 + (index % 6)}px;}`).join('\n');
}

function scriptCode(count: number, seed: number): string {
  return Array.from({ length: count }, (_, index) => `var slot_${seed}_${index}=document.getElementById("ad-${index}");if(slot_${seed}_${index}){slot_${seed}_${index}.setAttribute("data-track","pv_${index}");window._hmt&&window._hmt.push(["_trackEvent","ad","${index}"]);}`).join('\n');
}

/** An HTML page of about 150 KB (measured in UTF-8) declaring the given charset, its figures changed by index. */
export function makeHtmlPage(original: BenchArticle, index: number, charset: 'utf-8' | 'gbk'): string {
  const article = { title: `${original.title}(第${index + 1}期)`, paragraphs: original.paragraphs.map((paragraph) => changeFigures(paragraph, index)) };
  const head = `<!DOCTYPE html><html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<title>${article.title}_新闻中心_新闻网</title><meta name="keywords" content="${PLACES.join(',')}"><meta name="description" content="${article.paragraphs[0]?.slice(0, 80) ?? ''}">`;
  const page = (styles: number, scripts: number) =>
    `${head}<style>${styleRules(styles, index)}</style><script>${scriptCode(scripts, index)}</script></head><body>
${navigation(index)}
<div class="main"><div class="left">${articleHtml(article, index)}
${linkList('相关新闻', 'related', 30, index)}
<div class="comments"><h3>网友评论</h3><p>已有0人参与</p><script>loadComments(${index});</script></div></div>
<div class="right">${linkList('热点排行', 'hot', 20, index + 7)}${linkList('图片新闻', 'photos', 12, index + 11)}${linkList('专题推荐', 'topics', 12, index + 13)}</div></div>
${footer(index)}</body></html>`;
  const withoutFiller = Buffer.byteLength(page(0, 0));
  const perFillerLine = (Buffer.byteLength(page(100, 200)) - withoutFiller) / 300;
  const fillerLines = Math.max(0, Math.round((TARGET_BYTES - withoutFiller) / perFillerLine));
  return page(Math.floor(fillerLines / 3), fillerLines - Math.floor(fillerLines / 3));
}
