import pg from 'pg';

let pool: pg.Pool | undefined;

/** Direct access to the e2e run's throwaway database, for factories that seed per-test data. */
export function database(): pg.Pool {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error('DATABASE_URL is not set: run the browser tests with `npm run test:e2e`');
  pool ??= new pg.Pool({ connectionString, max: 2 });
  return pool;
}
