import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { PrismaClient } from './generated/client';

const localHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** DATABASE_URL, provided it points at this machine: tests never touch a remote database. */
export function getTestDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: run this as part of `vitest --project integration`');
  if (!localHosts.has(new URL(url).hostname)) {
    throw new Error(`Refusing to run tests against a non-local database (${new URL(url).hostname})`);
  }
  return url;
}

async function runOnServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: getTestDatabaseUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new empty database next to the test database, for tests that need a schema of their own. */
export async function createScratchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `scratch_${randomBytes(6).toString('hex')}`;
  await runOnServer(`CREATE DATABASE ${name}`);
  const url = new URL(getTestDatabaseUrl());
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => runOnServer(`DROP DATABASE ${name} WITH (FORCE)`) };
}

/** Empties every application table (not _prisma_migrations) of the local test database. */
export async function resetDatabase(prisma: PrismaClient): Promise<void> {
  getTestDatabaseUrl();
  const tables = await prisma.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`;
  if (tables.length === 0) return;
  const list = tables.map(({ tablename }) => `"${tablename.replaceAll('"', '""')}"`).join(', ');
  await prisma.$executeRawUnsafe(`TRUNCATE TABLE ${list} RESTART IDENTITY CASCADE`);
}
