// Raised for files that cannot be imported at all; the message is shown to the editor as is.
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}
