// Raised for files that cannot be imported at all; the message is shown to the editor as is.
// `isUnexpected` marks a failure of the importer itself (a bug), reported per file rather than
// breaking a batch.
export class ImportError extends Error {
  readonly isUnexpected: boolean;

  constructor(message: string, options: { cause?: unknown; isUnexpected?: boolean } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ImportError';
    this.isUnexpected = options.isUnexpected ?? false;
  }
}
