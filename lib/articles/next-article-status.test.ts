import { describe, expect, it } from 'vitest';
import { nextArticleStatus } from './next-article-status';

describe('nextArticleStatus', () => {
  it.each([
    ['DRAFT', 'autosave', 'DRAFT'], ['SCHEDULED', 'autosave', 'SCHEDULED'], ['PUBLISHED', 'autosave', null], ['ARCHIVED', 'autosave', null],
    ['DRAFT', 'save', 'DRAFT'], ['SCHEDULED', 'save', 'SCHEDULED'], ['PUBLISHED', 'save', 'PUBLISHED'], ['ARCHIVED', 'save', 'ARCHIVED'],
    ['DRAFT', 'publish', 'PUBLISHED'], ['SCHEDULED', 'publish', 'PUBLISHED'], ['PUBLISHED', 'publish', 'PUBLISHED'], ['ARCHIVED', 'publish', 'PUBLISHED'],
    ['DRAFT', 'schedule', 'SCHEDULED'], ['SCHEDULED', 'schedule', 'SCHEDULED'], ['PUBLISHED', 'schedule', null], ['ARCHIVED', 'schedule', null],
    ['DRAFT', 'unpublish', null], ['SCHEDULED', 'unpublish', 'DRAFT'], ['PUBLISHED', 'unpublish', 'DRAFT'], ['ARCHIVED', 'unpublish', 'DRAFT'],
    ['DRAFT', 'archive', null], ['SCHEDULED', 'archive', null], ['PUBLISHED', 'archive', 'ARCHIVED'], ['ARCHIVED', 'archive', null],
  ] as const)('%s + %s → %s', (status, intent, expected) => {
    expect(nextArticleStatus(status, intent)).toBe(expected);
  });
});
