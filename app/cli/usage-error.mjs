// @ts-check
// A mistake on the command line: reported with the usage text and exit code 2, never with a stack trace.
export class UsageError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = 'UsageError';
  }
}
