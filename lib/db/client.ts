import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client';

export { Prisma, PrismaClient } from './generated/client';
export { ArticleStatus, Role, Script } from './generated/enums';
export type { Article, ArticleTag, AuditLog, Revision, Tag, User } from './generated/client';

// Cached on globalThis so that Next's dev reloads reuse one pool instead of leaking one per reload.
const globalForPrisma = globalThis as typeof globalThis & { inkstonePrisma?: PrismaClient };

export function getPrisma(): PrismaClient {
  if (globalForPrisma.inkstonePrisma) return globalForPrisma.inkstonePrisma;
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error('DATABASE_URL is not set: start the app with `npm run dev` or set DATABASE_URL');
  }
  globalForPrisma.inkstonePrisma = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
  return globalForPrisma.inkstonePrisma;
}
