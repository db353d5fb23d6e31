// Finds the element holding the article, after page chrome and link lists are gone, the way
// Readability does: every paragraph of 25+ characters scores 1 + its commas + a point per 100
// characters (at most 3) for its parent, half for its grandparent and less further up; a
// candidate's total, weighted by tag and by words in its class/id, is discounted by its share of
// link text. Siblings scoring nearly as well join the best candidate, and so does the headline:
// when the h1 repeating the title sits just outside it, their common ancestor is taken if it adds
// little text (the line rules then remove the title, bylines and info lines it brings).
import { fallbackDensestBlock } from './fallback-densest-block';
import { measureText, type TextStats } from './light/element-text-stats';
import { createElement, descendantElements, getAttribute, type LightElement } from './light/light-node';
import { normaliseForComparison } from './strip-site-suffix';

export interface ArticleRoot {
  root: LightElement; // the article, or a stand-in element whose children are its parts
  method: 'scored' | 'densest-block';
}

const minParagraphCharacters = 25;
const paragraphElements = new Set(['p', 'pre', 'td', 'blockquote']);
// Chinese CMSs often write the text straight into a container, split by <br>.
const textContainers = new Set(['div', 'section', 'article', 'main', 'td', 'center', 'font', 'span']);
const tagWeights: Readonly<Record<string, number>> = {
  div: 5, article: 5, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};
const positiveNames = /article|body|content|entry|main|page|post|text|blog|story|zoom|neirong|zhengwen|detail|txt/iu;
const negativeNames = /hidden|banner|combx|comment|com-|contact|foot|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|nav|menu|links?$/iu;
const headlineElements = new Set(['h1', 'h2', 'h3']);
const maxAncestorLevels = 5;
const maxHeadlineGrowth = 1.5;
const headlineAllowance = 600;

function nameWeight(element: LightElement): number {
  let weight = 0;
  for (const name of [getAttribute(element, 'class'), getAttribute(element, 'id')]) {
    if (!name) continue;
    if (negativeNames.test(name)) weight -= 25;
    if (positiveNames.test(name)) weight += 25;
  }
  return weight;
}

function scoreCandidates(body: LightElement, stats: ReadonlyMap<LightElement, TextStats>): Map<LightElement, number> {
  const scores = new Map<LightElement, number>();
  const credit = (element: LightElement, amount: number) =>
    scores.set(element, (scores.get(element) ?? (tagWeights[element.name] ?? 0) + nameWeight(element)) + amount);
  for (const element of descendantElements(body)) {
    const text = stats.get(element);
    if (!text) continue;
    const isParagraph = paragraphElements.has(element.name) && text.characters >= minParagraphCharacters;
    const hasOwnText = textContainers.has(element.name) && text.ownCharacters >= minParagraphCharacters;
    if (!isParagraph && !hasOwnText) continue;
    const length = isParagraph ? text.characters : text.ownCharacters;
    const score = 1 + text.commas + Math.min(Math.floor(length / 100), 3);
    // Text written straight into a container counts for the container itself.
    let ancestor: LightElement | null = isParagraph ? element.parent : element;
    for (let level = 0; ancestor && level < maxAncestorLevels; level += 1, ancestor = ancestor.parent) {
      credit(ancestor, score / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
    }
  }
  for (const [element, score] of scores) {
    const text = stats.get(element);
    const linkDensity = text && text.characters > 0 ? text.linkCharacters / text.characters : 0;
    scores.set(element, score * (1 - linkDensity));
  }
  return scores;
}

function contains(ancestor: LightElement, element: LightElement): boolean {
  for (let current: LightElement | null = element; current; current = current.parent) if (current === ancestor) return true;
  return false;
}

function commonAncestor(first: LightElement, second: LightElement): LightElement | null {
  for (let current: LightElement | null = first; current; current = current.parent) if (contains(current, second)) return current;
  return null;
}

function findHeadline(body: LightElement, title: string | null, headlineText: (element: LightElement) => string): LightElement | null {
  const normalisedTitle = title === null ? '' : normaliseForComparison(title);
  if (normalisedTitle === '') return null;
  for (const element of descendantElements(body)) {
    if (headlineElements.has(element.name) && normaliseForComparison(headlineText(element)) === normalisedTitle) return element;
  }
  return null;
}

// `headlineText` gives an element's text as a reader sees it, to match the headline with the title.
export function selectArticleRoot(body: LightElement, title: string | null, headlineText: (element: LightElement) => string): ArticleRoot {
  const stats = measureText(body);
  const scores = scoreCandidates(body, stats);
  let top: LightElement | null = null;
  let topScore = 0;
  for (const [element, score] of scores) {
    if (score > topScore) [top, topScore] = [element, score];
  }
  if (!top) return { root: fallbackDensestBlock(body), method: 'densest-block' };

  const threshold = Math.max(10, topScore * 0.2);
  const siblings = (top.parent?.children ?? []).filter(
    (child): child is LightElement => child.kind === 'element' && (child === top || (scores.get(child) ?? 0) >= threshold),
  );
  const parts = siblings.length > 0 ? siblings : [top];
  const partsCharacters = parts.reduce((sum, part) => sum + (stats.get(part)?.characters ?? 0), 0);

  const headline = findHeadline(body, title, headlineText);
  if (headline && !parts.some((part) => contains(part, headline))) {
    const ancestor = commonAncestor(top, headline);
    const characters = ancestor ? (stats.get(ancestor)?.characters ?? Infinity) : Infinity;
    if (ancestor && ancestor !== body && characters <= partsCharacters * maxHeadlineGrowth + headlineAllowance) return { root: ancestor, method: 'scored' };
  }
  if (parts.length === 1) return { root: top, method: 'scored' };
  // A stand-in root: its children are the parts, which keep their real parents.
  const standIn = createElement('div', new Map(), null);
  standIn.children.push(...parts);
  return { root: standIn, method: 'scored' };
}
