import { z } from 'zod';

export const searchResultsPerPage = 10;
/** Only the first pages are served: deeper pages of a search are never read and cost the most. */
export const maxSearchPages = 50;
export const maxQueryLength = 100;

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/**
 * The search page's query string, never rejected: `q` trimmed and cut to 100 characters (a longer
 * one still answers), anything but a string is empty; `page` anything but a whole number from 1 to
 * the cap is page 1.
 */
export const searchInputSchema = z.object({
  q: z.preprocess(firstValue, z.string().catch('')).transform((q) => [...q.trim()].slice(0, maxQueryLength).join('').trim()),
  page: z.preprocess(
    firstValue,
    z
      .string()
      .regex(/^\d{1,3}$/)
      .transform(Number)
      .pipe(z.number().int().min(1).max(maxSearchPages))
      .catch(1),
  ),
});

export type SearchInput = z.infer<typeof searchInputSchema>;
