import pg from 'pg';
import { expireReaderCache } from './expire-reader-cache';

let pool: pg.Pool | undefined;

const isWrite = (text: string) => /^\s*(?:insert|update|delete|with)\b/i.test(text);

/**
 * Direct access to the e2e run's throwaway database, for factories that seed per-test data. A
 * write also expires the server's cached reader pages, so pages show what the test wrote.
 */
export function database(): { query: pg.Pool['query'] } {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error('DATABASE_URL is not set: run the browser tests with `npm run test:e2e`');
  const current = (pool ??= new pg.Pool({ connectionString, max: 2 }));
  const query = async (text: string, values?: unknown[]) => {
    const result = await current.query(text, values);
    if (isWrite(text)) await expireReaderCache();
    return result;
  };
  return { query: query as pg.Pool['query'] };
}
