import { beforeEach, describe, expect, it } from 'vitest';
import { authenticate } from '@/lib/auth/authenticate';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { ensureAdmin } from './ensure-admin';

describe('ensureAdmin', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('creates the first admin once, with a generated password that works', async () => {
    const first = await ensureAdmin({});
    expect(first.created).toBe(true);
    expect(first.generatedPassword).toMatch(/^[\w-]{16}$/);
    expect(await authenticate({ email: first.email, password: first.generatedPassword })).toMatchObject({ role: 'ADMIN' });

    const second = await ensureAdmin({ email: 'other@test.local', password: 'another password' });
    expect(second).toEqual({ id: first.id, created: false, email: first.email });
    expect(await getPrisma().user.count()).toBe(1);
  });

  it('uses ADMIN_EMAIL and ADMIN_PASSWORD when given and prints no password', async () => {
    const result = await ensureAdmin({ email: 'Chief@Example.com', password: 'chosen password' });
    expect(result).toMatchObject({ created: true, email: 'chief@example.com' });
    expect(result.generatedPassword).toBeUndefined();
    expect(await authenticate({ email: 'chief@example.com', password: 'chosen password' })).not.toBeNull();
  });
});
