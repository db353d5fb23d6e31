import { parseChineseDate } from '../text/parse-chinese-date';
import type { RemovedLine } from './import-result';
import { parseDateline } from './parse-dateline';
import { proposeTitle } from './propose-title';

export interface MetadataInput {
  title: string | null; // found while removing boilerplate
  lines: readonly string[]; // the body lines left after boilerplate removal
  removedLines: readonly RemovedLine[];
  fileName: string;
}

export interface ArticleMetadata {
  title: string;
  titleIsProposed: boolean;
  sourceName: string | null;
  sourceUrl: string | null;
  byline: string | null;
  datelinePlace: string | null;
  datelinePrefix: string | null;
  originalPublishedAt: string | null;
  warnings: string[];
}

const sourceLabel = /^[(（]?(?:[來来]源|(?:原文)?(?:[鏈链]接|地址|[網网]址))\s*[:：]\s*/u;
const url = /https?:\/\/[^\s)）]+/u;
const publicationSeparators = /[/／|｜、,，\s]+/u;
const yearMention = /(?<!\d)(19[5-9]\d|20\d\d)(?=\s*年|[-/.]\d{1,2}[-/.]\d{1,2})/gu;

function readSourceLines(removedLines: readonly RemovedLine[]): { name: string | null; url: string | null } {
  const contents = removedLines
    .filter(({ rule }) => rule === 'source-line')
    .map(({ line }) => line.replace(sourceLabel, '').replace(/[)）]$/u, ''));
  const foundUrl = contents.map((content) => url.exec(content)?.[0]).find(Boolean) ?? null;
  const name = contents
    .map((content) => content.replace(url, '').split(publicationSeparators).find((part) => /\p{Script=Han}/u.test(part)))
    .find(Boolean);
  return { name: name ?? null, url: foundUrl };
}

function findLatestYear(lines: readonly string[]): number | null {
  const years = lines.flatMap((line) => [...line.matchAll(yearMention)].map((match) => Number(match[1])));
  return years.length > 0 ? Math.max(...years) : null;
}

function formatDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function extractMetadata({ title, lines, removedLines, fileName }: MetadataInput): ArticleMetadata {
  const warnings: string[] = [];
  const lead = lines.map((line) => line.trim()).find((line) => line !== '') ?? '';
  const dateline = parseDateline(lead);
  const source = readSourceLines(removedLines);
  if (dateline?.sourceName && source.name && dateline.sourceName !== source.name) {
    warnings.push(`The dateline names ${dateline.sourceName} but the source line names ${source.name}; the dateline was used.`);
  }

  let originalPublishedAt: string | null = null;
  const date = dateline?.dateText ? parseChineseDate(dateline.dateText) : null;
  if (date && date.year !== null) {
    originalPublishedAt = formatDate(date.year, date.month, date.day);
  } else if (date) {
    const year = findLatestYear(lines);
    if (year === null) {
      warnings.push(`The dateline gives ${dateline?.dateText} without a year and the text mentions none; the publication date was left empty.`);
    } else {
      originalPublishedAt = formatDate(year, date.month, date.day);
      warnings.push(`The dateline gives ${dateline?.dateText} without a year; ${year}, the latest year the text mentions, was assumed.`);
    }
  }

  const leadWithoutDateline = dateline ? lead.slice(dateline.prefix.length) : lead;
  const proposedTitle = title === null ? proposeTitle(leadWithoutDateline) : null;
  const resolvedTitle = title ?? proposedTitle ?? fileName.replace(/\.[^.]*$/u, '');
  if (title === null) {
    warnings.push(
      proposedTitle === null
        ? `No title was found and none could be proposed from the lead; the file name “${resolvedTitle}” was used.`
        : `No title was found; “${proposedTitle}” was proposed from the lead.`,
    );
  }

  return {
    title: resolvedTitle,
    titleIsProposed: title === null,
    sourceName: dateline?.sourceName ?? source.name,
    sourceUrl: source.url,
    byline: dateline?.byline ?? null,
    datelinePlace: dateline?.place ?? null,
    datelinePrefix: dateline?.prefix ?? null,
    originalPublishedAt,
    warnings,
  };
}
