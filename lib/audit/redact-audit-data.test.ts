import { describe, expect, it } from 'vitest';
import { redactAuditData, redacted } from './redact-audit-data';

describe('redactAuditData', () => {
  it('replaces values under keys that name secrets, at any depth', () => {
    expect(redactAuditData({ email: 'a@b.c', password: 'hunter22', nested: { resetToken: 'abc', list: [{ passwordHash: 'x', role: 'EDITOR' }] } })).toEqual({
      email: 'a@b.c',
      password: redacted,
      nested: { resetToken: redacted, list: [{ passwordHash: redacted, role: 'EDITOR' }] },
    });
  });

  it('keeps everything else as it is', () => {
    const data = { from: 'EDITOR', to: 'ADMIN', count: 3, flags: [true, null], title: '新闻' };
    expect(redactAuditData(data)).toEqual(data);
    expect(redactAuditData('plain')).toBe('plain');
  });
});
