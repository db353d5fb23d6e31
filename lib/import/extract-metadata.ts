// Reads the article's metadata from what the cleaning left and removed: title (with where it came
// from), source publication (the original publisher: dateline, 来源 lines, a page's meta, its site
// name last), byline (never an editor), dateline place, publication date and original URL.
import type { Script } from '../text/detect-script';
import { findChineseDate, formatDate, parseChineseDate, type PartialDate } from '../text/parse-chinese-date';
import type { RemovedLine, TitleSource } from './import-result';
import { isArticleUrl } from './is-article-url';
import { parseBylineLine } from './parse-byline-line';
import { parseDateline } from './parse-dateline';
import { proposeTitle } from './propose-title';
import { readSourceLines } from './read-source-lines';

// What an HTML page says about itself beyond its article text.
export interface PageFacts {
  publishedAt: string | null; // as the page gives it (meta, <time>, 发布时间 text)
  author: string | null;
  siteName: string | null; // the hosting site: the source only when nothing else names one
  canonicalUrl: string | null;
  pageUrl: string | null;
  lines: readonly string[]; // the page's visible text, for labelled lines outside the article
}

export interface MetadataInput {
  title: string | null; // found while removing boilerplate, or picked from the page
  titleSource?: TitleSource | null;
  lines: readonly string[]; // the body lines left after boilerplate removal
  removedLines: readonly RemovedLine[];
  fileName: string;
  script?: Script; // Traditional pages write ROC years (105年7月1日)
  page?: PageFacts;
}

export interface ArticleMetadata {
  title: string;
  titleIsProposed: boolean;
  titleSource: TitleSource;
  sourceName: string | null;
  sourceUrl: string | null;
  byline: string | null;
  datelinePlace: string | null;
  datelinePrefix: string | null;
  originalPublishedAt: string | null;
  warnings: string[];
}

const yearMention = /(?<!\d)(19[5-9]\d|20\d\d)(?=\s*年|[-/.]\d{1,2}[-/.]\d{1,2})/gu;
// Dedicated source lines speak before page-info lines that mention a source in passing.
const labelledRules = ['source-line', 'byline', 'page-info'];

function findLatestYear(lines: readonly string[]): number | null {
  const years = lines.flatMap((line) => [...line.matchAll(yearMention)].map((match) => Number(match[1])));
  return years.length > 0 ? Math.max(...years) : null;
}

const isFullDate = (date: PartialDate | null): date is PartialDate & { year: number } => date !== null && date.year !== null;

// A month and day from the dateline, in the year of a full date found elsewhere (the year before
// when that would put it more than a month after the reference).
function yearFromReference(date: PartialDate, reference: PartialDate & { year: number }): number {
  const gapDays = (Date.UTC(reference.year, date.month - 1, date.day) - Date.UTC(reference.year, reference.month - 1, reference.day)) / 86_400_000;
  return gapDays > 31 ? reference.year - 1 : reference.year;
}

function resolveDate(input: MetadataInput, datelineDate: string | null, warnings: string[]): string | null {
  const options = { rocYears: input.script === 'HANT' };
  const dateline = datelineDate ? parseChineseDate(datelineDate, options) : null;
  if (isFullDate(dateline)) return formatDate(dateline);
  const infoLines = input.removedLines.filter(({ rule }) => rule === 'page-info').map(({ line }) => line);
  const reference = [input.page?.publishedAt ?? '', ...infoLines].map((text) => findChineseDate(text, options)).find(isFullDate) ?? null;
  if (dateline && reference) {
    const year = yearFromReference(dateline, reference);
    warnings.push(`The dateline gives ${datelineDate} without a year; ${year} was taken from the page's date ${formatDate(reference)}.`);
    return formatDate({ ...dateline, year });
  }
  if (reference) return formatDate(reference);
  if (!dateline) return null;
  const year = findLatestYear(input.lines);
  if (year === null) {
    warnings.push(`The dateline gives ${datelineDate} without a year and the text mentions none; the publication date was left empty.`);
    return null;
  }
  warnings.push(`The dateline gives ${datelineDate} without a year; ${year}, the latest year the text mentions, was assumed.`);
  return formatDate({ ...dateline, year });
}

function resolveTitle(input: MetadataInput, leadWithoutDateline: string, warnings: string[]): Pick<ArticleMetadata, 'title' | 'titleIsProposed' | 'titleSource'> {
  if (input.title !== null) return { title: input.title, titleIsProposed: false, titleSource: input.titleSource ?? 'title-line' };
  const proposed = proposeTitle(leadWithoutDateline);
  if (proposed !== null) {
    warnings.push(`No title was found; “${proposed}” was proposed from the lead.`);
    return { title: proposed, titleIsProposed: true, titleSource: 'lead' };
  }
  const title = input.fileName.replace(/\.[^.]*$/u, '') || input.fileName;
  warnings.push(`No title was found and none could be proposed from the lead; the file name “${title}” was used.`);
  return { title, titleIsProposed: true, titleSource: 'file-name' };
}

// <meta name="author"> often says 記者 陳怡君 or names the desk editor; only the reporter is a byline.
function readMetaAuthor(author: string): string | null {
  if (/[编編][辑輯]/u.test(author)) return null;
  return parseBylineLine(author)?.byline ?? author.trim();
}

export function extractMetadata(input: MetadataInput): ArticleMetadata {
  const { lines, removedLines, page } = input;
  const warnings: string[] = [];
  const lead = lines.map((line) => line.trim()).find((line) => line !== '') ?? '';
  const dateline = parseDateline(lead);
  const labelled = labelledRules.flatMap((labelledRule) => removedLines.filter(({ rule }) => rule === labelledRule).map(({ line }) => line));
  const source = readSourceLines([...labelled, ...(page?.lines ?? [])]);
  if (dateline?.sourceName && source.name && dateline.sourceName !== source.name) {
    warnings.push(`The dateline names ${dateline.sourceName} but the source line names ${source.name}; the dateline was used.`);
  }
  const bylineLine = [...labelled, ...(page?.lines ?? [])].map(parseBylineLine).find((found) => found !== null) ?? null;
  const editorLines = removedLines.filter(({ rule }) => rule === 'editor-credit').map(({ line }) => line);
  const author = page?.author && !editorLines.some((line) => line.includes(page.author ?? '')) ? readMetaAuthor(page.author) : null;
  const originalPublishedAt = resolveDate(input, dateline?.dateText ?? null, warnings);
  const leadWithoutDateline = dateline ? lead.slice(dateline.prefix.length) : lead;
  const urls = [source.url, page?.canonicalUrl, page?.pageUrl].filter((url): url is string => typeof url === 'string');
  return {
    ...resolveTitle(input, leadWithoutDateline, warnings),
    sourceName: dateline?.sourceName ?? source.name ?? page?.siteName ?? null,
    sourceUrl: urls.find(isArticleUrl) ?? null,
    byline: dateline?.byline ?? bylineLine?.byline ?? author,
    datelinePlace: dateline?.place ?? bylineLine?.place ?? null,
    datelinePrefix: dateline?.prefix ?? null,
    originalPublishedAt,
    warnings,
  };
}
