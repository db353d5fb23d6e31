import { beforeEach, describe, expect, it } from 'vitest';
import { authenticate } from '@/lib/auth/authenticate';
import { hashPassword } from '@/lib/auth/password';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { changeOwnName } from './change-own-name';
import { changeOwnPassword } from './change-own-password';
import { createTestUser } from './test-users';

describe('own account', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('changes the own name and audits old and new', async () => {
    const editor = await createTestUser('EDITOR');
    expect(await changeOwnName(editor.actor, { name: '张编辑' })).toEqual({ name: '张编辑' });
    expect((await getPrisma().user.findUniqueOrThrow({ where: { id: editor.id } })).name).toBe('张编辑');
    expect(await getPrisma().auditLog.findFirstOrThrow({ where: { action: 'user.name_changed' } })).toMatchObject({ actorId: editor.id, targetId: editor.id, data: { from: editor.name, to: '张编辑' } });
  });

  it('changes the password only with the current one, ends every session and audits without secrets', async () => {
    const editor = await createTestUser('CONTRIBUTOR', { passwordHash: await hashPassword('the old passphrase') });
    const input = { currentPassword: 'not the old one', password: 'the new passphrase', confirmPassword: 'the new passphrase' };
    await expect(changeOwnPassword(editor.actor, input)).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { currentPassword: 'invalid' } });
    await expect(changeOwnPassword(editor.actor, { ...input, currentPassword: 'the old passphrase', password: 'iloveyou1', confirmPassword: 'iloveyou1' }))
      .rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { password: 'invalid' } });
    expect(await getPrisma().auditLog.count({ where: { action: 'user.password_changed' } })).toBe(0);

    await changeOwnPassword(editor.actor, { ...input, currentPassword: 'the old passphrase' });
    expect(await authenticate({ email: editor.email, password: 'the old passphrase' })).toBeNull();
    expect(await authenticate({ email: editor.email, password: 'the new passphrase' })).toMatchObject({ sessionVersion: 1 });
    const entry = await getPrisma().auditLog.findFirstOrThrow({ where: { action: 'user.password_changed' } });
    expect(entry).toMatchObject({ actorId: editor.id, data: { via: 'account' } });
    expect(JSON.stringify(entry)).not.toContain('passphrase');
  });
});
