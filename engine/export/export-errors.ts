// The one error type the export code throws: a stable code for the app to branch on and a plain-language message.

export type ExportErrorCode =
  /** The pixels or options handed in do not describe a valid image (wrong buffer length, bad size). */
  | 'INVALID_INPUT'
  /** The image or archive is larger than the format or the browser can hold. */
  | 'TOO_LARGE'
  /** This browser cannot produce the requested format (for example WebP in Safari). */
  | 'UNSUPPORTED'
  /** The encoder failed or stopped for a reason that is not the input's fault. */
  | 'ENCODE_FAILED'
  /** The work was cancelled or its encoder or archive was closed. */
  | 'ABORTED';

export class ExportError extends Error {
  readonly code: ExportErrorCode;

  constructor(code: ExportErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ExportError';
    this.code = code;
  }
}

const KNOWN_CODES = new Set<string>(['INVALID_INPUT', 'TOO_LARGE', 'UNSUPPORTED', 'ENCODE_FAILED', 'ABORTED']);

/** Rebuilds an error that crossed a worker boundary as plain {code, message}. */
export function exportErrorFrom(data: { code?: unknown; message?: unknown }): ExportError {
  const code = typeof data.code === 'string' && KNOWN_CODES.has(data.code) ? (data.code as ExportErrorCode) : 'ENCODE_FAILED';
  const message = typeof data.message === 'string' && data.message ? data.message : 'The image could not be encoded.';
  return new ExportError(code, message);
}

/** The rejection for work cancelled through an AbortSignal: the DOM's own shape, so `name === 'AbortError'` checks work. */
export function abortError(message = 'The export was cancelled.'): DOMException {
  return new DOMException(message, 'AbortError');
}

export function isAbortError(error: unknown): boolean {
  return (error instanceof DOMException && error.name === 'AbortError') || (error instanceof ExportError && error.code === 'ABORTED');
}
