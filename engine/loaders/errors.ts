// The one error type loaders throw: a stable code for the app to branch on and a plain-language message.

export type ModelLoadErrorCode =
  | 'UNSUPPORTED_FORMAT'
  | 'MISSING_FILE'
  | 'EXTERNAL_REFERENCE'
  | 'INVALID_GLTF'
  | 'INVALID_OBJ'
  | 'INVALID_STL'
  | 'INVALID_PLY'
  | 'UNSUPPORTED_EXTENSION'
  | 'EMPTY_MODEL'
  | 'ABORTED'
  /** The loader stopped answering (stuck in a file's maze) and was stopped by the watchdog. */
  | 'TIMED_OUT'
  /** The file is well formed but asks for more vertices, triangles, texture pixels or memory than the load limits allow. */
  | 'TOO_LARGE'
  /** A bug or an unexpected failure inside the loader, never the file's fault alone. */
  | 'INTERNAL';

export class ModelLoadError extends Error {
  readonly code: ModelLoadErrorCode;

  constructor(code: ModelLoadErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ModelLoadError';
    this.code = code;
  }
}

const KNOWN_CODES = new Set<string>([
  'UNSUPPORTED_FORMAT', 'MISSING_FILE', 'EXTERNAL_REFERENCE', 'INVALID_GLTF', 'INVALID_OBJ', 'INVALID_STL',
  'INVALID_PLY', 'UNSUPPORTED_EXTENSION', 'EMPTY_MODEL', 'ABORTED', 'TIMED_OUT', 'TOO_LARGE', 'INTERNAL',
]);

/** Rebuilds an error that crossed a worker boundary as plain {code, message}. */
export function modelLoadErrorFrom(data: { code?: unknown; message?: unknown }): ModelLoadError {
  const code = typeof data.code === 'string' && KNOWN_CODES.has(data.code) ? (data.code as ModelLoadErrorCode) : 'INTERNAL';
  const message = typeof data.message === 'string' && data.message ? data.message : 'The model could not be loaded.';
  return new ModelLoadError(code, message);
}

export function abortedError(): ModelLoadError {
  return new ModelLoadError('ABORTED', 'Loading the model was cancelled.');
}

/**
 * A name or address taken from a file, made safe to show: printable characters only, bounded length,
 * so a message never carries raw bytes.
 */
export function displayName(text: string, max = 120): string {
  // Control characters and bidirectional overrides (which could disguise a name) become '?'.
  const printable = text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028-\u202e\u2066-\u2069]/g, '?');
  return printable.length > max ? `${printable.slice(0, max - 1)}…` : printable;
}
