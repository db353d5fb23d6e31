export type AuditVerdict =
  | { kind: 'clean'; line: string }
  | { kind: 'advisories'; line: string }
  | { kind: 'unavailable'; line: string };

interface AuditReport {
  message?: string;
  error?: { code?: string; summary?: string };
  metadata?: { vulnerabilities?: Partial<Record<'info' | 'low' | 'moderate' | 'high' | 'critical', number>> };
}

/**
 * What `npm audit --omit=dev --json` printed means for CI: high or critical advisories fail it; an
 * advisory service that does not answer (some registry mirrors have none) is reported, not guessed.
 */
export function judgeNpmAudit(output: string): AuditVerdict {
  let report: AuditReport;
  try {
    report = JSON.parse(output) as AuditReport;
  } catch {
    return { kind: 'unavailable', line: 'npm audit printed no report: the production dependencies were NOT checked for advisories' };
  }
  const counts = report.metadata?.vulnerabilities;
  if (report.error || !counts) {
    const reason = report.error?.summary?.split('\n')[0]?.trim() || report.message || report.error?.code || 'no advisory data';
    return { kind: 'unavailable', line: `npm audit could not get advisories (${reason}): the production dependencies were NOT checked` };
  }
  const high = counts.high ?? 0;
  const critical = counts.critical ?? 0;
  const others = (counts.low ?? 0) + (counts.moderate ?? 0) + (counts.info ?? 0);
  if (high + critical > 0) return { kind: 'advisories', line: `npm audit: ${critical} critical and ${high} high advisories in production dependencies (run \`npm audit --omit=dev\`)` };
  return { kind: 'clean', line: `npm audit: no high or critical advisories in production dependencies${others > 0 ? ` (${others} lower)` : ''}` };
}
