// Reads a line that only credits reporters: 本报记者 赵磊 钱程, 記者林佳蓉／宜蘭報導 2024/07/24,
// 作者：张三. Editors are never bylines (责任编辑：王芳 gives nothing).
export interface BylineLine {
  byline: string;
  place: string | null;
}

const names = String.raw`((?:\p{Script=Han}{2,4}|\p{Script=Han}{1,6}·\p{Script=Han}{1,8})(?:[\s、，,]+(?:\p{Script=Han}{2,4}|\p{Script=Han}{1,6}·\p{Script=Han}{1,8}))*)`;
const reporterLine = new RegExp(String.raw`^(?:本[报報]|本[网網])?(?:特[约約])?(?:记者|記者|通讯员|通訊員)[\s:：]*${names}$`, 'u');
// Taiwanese and Hong Kong papers: 記者林佳蓉／宜蘭報導, 〔記者林佳蓉／宜蘭報導〕, (中央社記者張三台北1日電) is a dateline.
const reportedFrom = new RegExp(String.raw`^[〔【[(（]?\s*(?:特[约約])?(?:记者|記者)\s*${names}\s*[／/]\s*(\p{Script=Han}{2,6}?)(?:綜合|综合)?[報报][導导道]`, 'u');
const authorLine = new RegExp(String.raw`^(?:作者|撰文|文)\s*[:：/／]\s*${names}$`, 'u');

const joinNames = (text: string) => text.split(/[\s、，,]+/u).filter(Boolean).join('、');

export function parseBylineLine(line: string): BylineLine | null {
  const text = line.trim();
  if (/[编編][辑輯]/u.test(text)) return null;
  const reported = reportedFrom.exec(text);
  if (reported?.[1]) return { byline: joinNames(reported[1]), place: reported[2] ?? null };
  const credited = reporterLine.exec(text) ?? authorLine.exec(text);
  return credited?.[1] ? { byline: joinNames(credited[1]), place: null } : null;
}
