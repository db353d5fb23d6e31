import type { z } from 'zod';
import type { FieldErrorCode } from './action-result';

const fieldErrorCodes: ReadonlySet<string> = new Set<FieldErrorCode>([
  'required', 'tooLong', 'invalid', 'taken', 'needsConfirmation', 'past', 'tooLarge', 'unsupportedType', 'forbiddenCharacters',
]);

function codeFor(issue: z.core.$ZodIssue): FieldErrorCode {
  // A refinement names its own code with `params: { fieldError }` (e.g. forbiddenCharacters).
  if (issue.code === 'custom' && fieldErrorCodes.has(issue.params?.fieldError)) return issue.params?.fieldError as FieldErrorCode;
  if (issue.code === 'too_big') return 'tooLong';
  if (issue.code === 'too_small' && issue.minimum === 1) return 'required';
  return 'invalid';
}

/** The first problem of each top-level field, as a code the UI can translate. */
export function fieldErrorsFromZod(error: z.ZodError): Record<string, FieldErrorCode> {
  const fieldErrors: Record<string, FieldErrorCode> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    fieldErrors[field] ??= codeFor(issue);
  }
  return fieldErrors;
}
