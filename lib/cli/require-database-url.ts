import { exitWithError } from './exit-with-error';

/** For operator commands that work on an existing server: DATABASE_URL must be set and look right. */
export function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL?.trim();
  if (!url) exitWithError('DATABASE_URL is not set. These commands work on your own PostgreSQL server; `npm start` manages an embedded one by itself.');
  if (!/^postgres(ql)?:\/\//.test(url)) exitWithError('DATABASE_URL must start with postgres:// or postgresql://');
  return url;
}
