export type FeedContent = 'summary' | 'full';

/** FEED_CONTENT: `summary` (the default; an empty value counts as unset) or `full`, or why it is wrong. */
export function parseFeedContent(env: Record<string, string | undefined>): { ok: true; content: FeedContent } | { ok: false; error: string } {
  const raw = env.FEED_CONTENT?.trim() ?? '';
  if (raw === '' || raw === 'summary') return { ok: true, content: 'summary' };
  if (raw === 'full') return { ok: true, content: 'full' };
  return { ok: false, error: `FEED_CONTENT must be "summary" or "full" (got ${raw})` };
}

/** What feed items carry; throws with a clear message when FEED_CONTENT is wrong. */
export function readFeedContent(env: Record<string, string | undefined> = process.env): FeedContent {
  const parsed = parseFeedContent(env);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.content;
}
