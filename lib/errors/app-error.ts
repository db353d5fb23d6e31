export type AppErrorCode = 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'CONFLICT' | 'VALIDATION' | 'RATE_LIMITED';
export type FieldErrorCode = 'required' | 'tooLong' | 'invalid' | 'taken' | 'needsConfirmation' | 'past' | 'tooLarge' | 'unsupportedType' | 'forbiddenCharacters';

/** The one error type the domain layer throws on purpose; anything else is a bug. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors?: Record<string, FieldErrorCode>;

  constructor(code: AppErrorCode, message: string, fieldErrors?: Record<string, FieldErrorCode>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fieldErrors = fieldErrors;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
