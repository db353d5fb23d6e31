import { endsSentence } from '../text/ends-sentence';
import { boilerplateLineRules } from './boilerplate-line-rules';
import type { BoilerplateRule, RemovedLine, TitleSource } from './import-result';
import { isHeadingLine } from './is-heading-line';

export interface CleanedLines {
  title: string | null;
  titleSource: TitleSource | null;
  lines: string[]; // the kept lines, unchanged, blank lines included
  removedLines: RemovedLine[];
}

const listBullet = /^(?:[•·●◆■▪▶►]|[-*](?=\s))\s*/u;
const disclaimerContinuation = /本站|本網|本网|版[權权]|侵[權权]|[轉转]載|[刪删]除|[聯联][繫系]|不代表|[觀观]點/u;
const titleInDisclaimer = /[標标][題题]\s*《(.+?)》/u;
const breadcrumbSeparator = /\s*[>＞›»]\s*/u;
const maxTitleLength = 40;

function toContent(line: string): string {
  return line.trim().replace(listBullet, '').trim();
}

// The first stateless rule that removes this line (trimmed, bullet removed), if any.
export function matchLineRule(content: string): BoilerplateRule | null {
  const length = [...content].length;
  const match = boilerplateLineRules.find(
    ({ pattern, maxLength }) => (maxLength === undefined || length <= maxLength) && pattern.test(content),
  );
  return match?.rule ?? null;
}

function looksLikeParagraph(content: string): boolean {
  return endsSentence(content) || [...content].length > maxTitleLength;
}

// The title is the breadcrumb's tail, else the 《title》 a disclaimer quotes, else a first line
// shaped like a title that is followed by prose.
export interface FoundTitle {
  title: string;
  source: Extract<TitleSource, 'breadcrumb' | 'disclaimer' | 'title-line'>;
}

function findTitle(contents: readonly string[]): FoundTitle | null {
  for (const content of contents) {
    if (matchLineRule(content) === 'breadcrumb') {
      const tail = content.split(breadcrumbSeparator).at(-1)?.trim();
      if (tail) return { title: tail, source: 'breadcrumb' };
    }
  }
  for (const content of contents) {
    const quoted = matchLineRule(content) === 'disclaimer' ? titleInDisclaimer.exec(content)?.[1] : undefined;
    if (quoted?.trim()) return { title: quoted.trim(), source: 'disclaimer' };
  }
  const [first, second] = contents.filter((content) => content !== '' && matchLineRule(content) === null);
  if (first && second && isHeadingLine(first, maxTitleLength) && looksLikeParagraph(second)) return { title: first, source: 'title-line' };
  return null;
}

// The title the lines themselves give: a breadcrumb's tail, the 《title》 a disclaimer quotes, or
// a title-shaped first line followed by prose.
export function findLineTitle(lines: readonly string[]): FoundTitle | null {
  return findTitle(lines.map(toContent));
}

export interface LineVerdicts {
  title: string | null;
  titleSource: TitleSource | null;
  rules: (BoilerplateRule | null)[]; // per line: the rule that removes it, or null to keep it
}

export function classifyLines(lines: readonly string[]): LineVerdicts {
  const contents = lines.map(toContent);
  const found = findTitle(contents);
  const title = found?.title ?? null;
  let isAfterDisclaimer = false;
  let isInRelatedList = false;
  const rules = contents.map((content): BoilerplateRule | null => {
    if (content === '') return null;
    let rule = matchLineRule(content);
    if (rule === null && content === title) rule = 'title';
    if (rule === null && isAfterDisclaimer && disclaimerContinuation.test(content)) rule = 'disclaimer';
    // Whatever follows a related-articles header is a list item until real prose appears.
    if (rule === null && isInRelatedList && !looksLikeParagraph(content)) rule = 'related-list';
    isAfterDisclaimer = rule === 'disclaimer';
    isInRelatedList = rule === null ? false : isInRelatedList || rule === 'related-list';
    return rule;
  });
  return { title, titleSource: found?.source ?? null, rules };
}

export function removeBoilerplate(lines: readonly string[]): CleanedLines {
  const { title, titleSource, rules } = classifyLines(lines);
  const kept: string[] = [];
  const removedLines: RemovedLine[] = [];
  lines.forEach((line, index) => {
    const rule = rules[index] ?? null;
    if (rule === null) kept.push(line);
    else removedLines.push({ line: line.trim(), rule });
  });
  return { title, titleSource, lines: kept, removedLines };
}
