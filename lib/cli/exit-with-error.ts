/** Ends a command-line run with one readable line instead of a stack trace. */
export function exitWithError(message: string): never {
  process.stderr.write(`\x1b[31merror\x1b[0m ${message}\n`);
  process.exit(1);
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] ?? String(error);
  return String(error);
}
