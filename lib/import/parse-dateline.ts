export interface Dateline {
  prefix: string; // the dateline as written, up to and including the comma after it
  sourceName: string | null; // null for 本報 (this paper), which names no publication
  place: string | null;
  byline: string | null;
  dateText: string | null; // e.g. 7月31日, parsed later
}

// 7月31日, 2024年7月31日, 2024-07-31, and Taiwanese ROC years: 民國105年7月1日, 105年7月1日.
const date = String.raw`(?:(?:民[國国])?\d{2,4}年)?\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2}`;
const publication = String.raw`本[報报]|\p{Script=Han}{1,12}?(?:[報报]|社|[網网]|[臺台]|刊)`;
const credit = String.raw`[(（](?<credit>[^)）]{1,40})[)）]`;
// 中國消費者報武漢訊(記者吳采平)7月31日, and 新華社北京7月31日電(記者張三)
const newsDateline = new RegExp(
  String.raw`^(?<source>${publication})(?<place>\p{Script=Han}{2,6}?)?[訊讯]\s*${credit}\s*(?<date>${date})?\s*[,，]?`,
  'u',
);
const wireDateline = new RegExp(
  String.raw`^(?<source>${publication})(?<place>\p{Script=Han}{2,6}?)(?<date>${date})[電电]\s*(?:${credit})?\s*[,，]?`,
  'u',
);
const creditRoles = /特[約约][記记]者|[記记]者|通[訊讯][員员]|[實实]習生/gu;
const nameSeparators = /[\s、,，/]+/u;

function parseByline(creditText: string | undefined): string | null {
  if (!creditText || /[編编][輯辑]/u.test(creditText)) return null;
  const names = creditText
    .replace(creditRoles, ' ')
    .split(nameSeparators)
    .filter((name) => /^\p{Script=Han}{2,4}$/u.test(name));
  return names.length > 0 ? names.join('、') : null;
}

export function parseDateline(lead: string): Dateline | null {
  const match = newsDateline.exec(lead) ?? wireDateline.exec(lead);
  if (!match?.groups) return null;
  const { source, place, credit: creditText, date: dateText } = match.groups;
  return {
    prefix: match[0],
    sourceName: source === undefined || /^本[報报]$/u.test(source) ? null : source,
    place: place ?? null,
    byline: parseByline(creditText),
    dateText: dateText ?? null,
  };
}
