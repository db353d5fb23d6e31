// Reads the source publication and the original article's address from labelled lines:
// 来源：X, 本文来源：X, (來源:X), 原文链接：https://…, and the same labels inside page-info lines
// (发布时间：2024-07-10 来源：某局 浏览次数：12).
export interface SourceFromLines {
  name: string | null;
  url: string | null;
}

const sourceLabel = /(?:^|[\s(（【[|｜])(?:本文|文章|新[聞闻]|信息|稿件|消息)?[來来]源\s*[:：]\s*([^\s)）】\]|｜]+)/u;
const urlLabel = /(?:^|[\s(（【[|｜])(?:原文|[來来]源)?(?:[鏈链]接|地址|[網网]址)?\s*[:：]\s*(https?:\/\/[^\s)）】\]]+)/iu;
const publicationSeparators = /[/／、,，]+/u;
// What 来源 lines say when they name no publication.
const notPublications = new Set(['网络', '網絡', '互联网', '互聯網', '本站', '本网', '本網', '网友', '網友', '网友投稿', '網友投稿', '原创', '原創', '转载', '轉載', '未知', '综合', '綜合', '整理', '综合整理', '綜合整理']);

function readName(token: string): string | null {
  const name = token
    .replace(/https?:\/\/\S*/giu, '')
    .split(publicationSeparators)
    .map((part) => part.trim())
    .find((part) => /\p{Script=Han}/u.test(part));
  return name && !notPublications.has(name) ? name : null;
}

export function readSourceLines(lines: readonly string[]): SourceFromLines {
  let name: string | null = null;
  let url: string | null = null;
  for (const line of lines) {
    const token = sourceLabel.exec(line)?.[1];
    if (name === null && token) name = readName(token);
    // A labelled source line may give the address after the name: 来源：新华网 http://…
    const address = urlLabel.exec(line)?.[1] ?? (token ? /https?:\/\/[^\s)）】\]]+/iu.exec(line)?.[0] : undefined);
    url ??= address?.replace(/[。，,.;；]+$/u, '') ?? null;
    if (name !== null && url !== null) break;
  }
  return { name, url };
}
