const titleSeparators = /\s+[-|｜–—]\s+|\s*[_｜]\s*|\s*——\s*/u;

export function normaliseForComparison(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]+/gu, '').toLowerCase();
}

// `标题_国内新闻_某某网`, `某某网 | 标题`, `標題 - 某某新聞網`: drop the parts naming the site, then
// keep the longest part, since portal and channel names are shorter than headlines.
export function stripSiteSuffix(title: string, siteName: string | null): string {
  const site = siteName ? normaliseForComparison(siteName) : '';
  const parts = title.split(titleSeparators).map((part) => part.trim()).filter((part) => part !== '');
  const named = parts.filter((part) => {
    const normalised = normaliseForComparison(part);
    return site === '' || !(normalised.includes(site) || site.includes(normalised));
  });
  const candidates = named.length > 0 ? named : parts;
  return candidates.reduce((longest, part) => ([...part].length > [...longest].length ? part : longest), candidates[0] ?? '');
}
