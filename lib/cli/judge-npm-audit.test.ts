import { describe, expect, it } from 'vitest';
import { judgeNpmAudit } from './judge-npm-audit';

const report = (vulnerabilities: Record<string, number>) => JSON.stringify({ auditReportVersion: 2, vulnerabilities: {}, metadata: { vulnerabilities } });

describe('judgeNpmAudit', () => {
  it('fails on high or critical advisories', () => {
    expect(judgeNpmAudit(report({ low: 1, moderate: 0, high: 2, critical: 0 }))).toMatchObject({ kind: 'advisories', line: expect.stringContaining('0 critical and 2 high') });
    expect(judgeNpmAudit(report({ critical: 1 })).kind).toBe('advisories');
  });

  it('passes when only lower advisories remain', () => {
    expect(judgeNpmAudit(report({ low: 2, moderate: 1, high: 0, critical: 0 }))).toEqual({ kind: 'clean', line: 'npm audit: no high or critical advisories in production dependencies (3 lower)' });
  });

  it('says so when the registry has no advisory service, instead of passing silently', () => {
    const verdict = judgeNpmAudit(JSON.stringify({ error: { code: 'ENOAUDIT', summary: 'Your configured registry (https://mirror.example/) may not support audit requests, or the audit endpoint may be temporarily unavailable.' } }));
    expect(verdict.kind).toBe('unavailable');
    expect(verdict.line).toContain('NOT checked');
    expect(judgeNpmAudit('npm error 405').kind).toBe('unavailable');
    expect(judgeNpmAudit(JSON.stringify({ message: '405 Method Not Allowed', statusCode: 405, error: { summary: '', detail: '' } })).line).toContain('(405 Method Not Allowed)');
  });
});
