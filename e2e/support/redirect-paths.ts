import type { APIResponse } from '@playwright/test';

/**
 * The distinct paths a redirect's Location headers point to. Next 16.4 sends a cached page's
 * redirect with its Location header twice (same value) on the render that fills the cache, so a
 * test compares the set: one path, the expected one.
 */
export function redirectPaths(response: APIResponse): string[] {
  const locations = response.headersArray().filter((header) => header.name.toLowerCase() === 'location');
  return [...new Set(locations.map((header) => new URL(header.value, 'http://x').pathname))];
}
