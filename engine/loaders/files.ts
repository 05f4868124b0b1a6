// The dropped files are the only place a model's references are looked up: nothing is ever fetched.
import { ModelLoadError, displayName } from './errors';

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

export type UriKind = 'data' | 'external' | 'local';

/**
 * http(s):, file:, blob: and every other scheme, and protocol-relative //host, name outside addresses.
 * A one-letter "scheme" is a Windows drive (C:\models\a.png) and is looked up by file name instead.
 */
export function classifyUri(uri: string): UriKind {
  const trimmed = uri.trim();
  if (/^data:/i.test(trimmed)) return 'data';
  if (trimmed.startsWith('//') || trimmed.startsWith('\\\\')) return 'external';
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed);
  if (scheme && scheme[1].length > 1) return 'external';
  return 'local';
}

export function externalReferenceError(what: string, uri: string): ModelLoadError {
  return new ModelLoadError(
    'EXTERNAL_REFERENCE',
    `The model refers to an outside address for its ${what} (${displayName(uri, 80)}). ` +
      'Outside addresses are never loaded: everything stays on this device. Save the model with its data embedded or as separate files, and drop them together.',
  );
}

/** What is wrong with a data: URI's syntax (checked without decoding it), or null when it is well formed. */
export function dataUriProblem(uri: string): string | null {
  const comma = uri.indexOf(',');
  if (comma < 0) return 'a data: address with no comma before its data';
  const isBase64 = uri.slice(5, comma).split(';').some((p) => p.trim().toLowerCase() === 'base64');
  if (!isBase64) return null;
  // Letters, digits, + / - _, whitespace, then only '=' padding.
  if (!/^[A-Za-z0-9+/\-_\s]*=*\s*$/.test(uri.slice(comma + 1))) return 'a data: address whose base64 data has characters base64 does not use';
  return null;
}

/** The most bytes a data: URI can decode to, known before decoding it. */
export function dataUriMaxBytes(uri: string): number {
  const payload = uri.length - uri.indexOf(',') - 1;
  return /;base64,/i.test(uri.slice(0, uri.indexOf(',') + 1)) ? Math.ceil((payload * 3) / 4) : payload * 3;
}

/** What is wrong with a local file reference, or null: an empty name or an empty scheme (":x") names no file. */
export function localUriProblem(uri: string): string | null {
  const trimmed = uri.trim();
  if (trimmed === '') return 'an empty address';
  if (trimmed.startsWith(':')) return 'an address with an empty scheme';
  return null;
}

/** The warning for an optional file (a texture, a material library) named by an outside address. */
export function externalReferenceWarning(what: string, uri: string): string {
  return `The model refers to an outside address for ${what} (${displayName(uri, 80)}). Outside addresses are never loaded, so the model is shown without it.`;
}

/** Decodes a data: URI by hand (never through fetch). Returns null when it is malformed. */
export function decodeDataUri(uri: string): { mimeType: string; bytes: Uint8Array } | null {
  const comma = uri.indexOf(',');
  if (comma < 0) return null;
  const header = uri.slice(5, comma);
  const payload = uri.slice(comma + 1);
  const parts = header.split(';');
  const mimeType = (parts[0] || 'text/plain').trim().toLowerCase();
  const isBase64 = parts.slice(1).some((p) => p.trim().toLowerCase() === 'base64');
  if (isBase64) {
    const bytes = decodeBase64(payload);
    return bytes ? { mimeType, bytes } : null;
  }
  try {
    return { mimeType, bytes: new TextEncoder().encode(decodeURIComponent(payload)) };
  } catch {
    return null;
  }
}

const BASE64_VALUES = (() => {
  const table = new Int16Array(128).fill(-1);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i;
  // URL-safe variants decode too.
  table['-'.charCodeAt(0)] = 62;
  table['_'.charCodeAt(0)] = 63;
  return table;
})();

/** Standard or URL-safe base64, whitespace and padding tolerated; null on any other character. */
export function decodeBase64(text: string): Uint8Array | null {
  const out = new Uint8Array(Math.floor((text.length * 3) / 4) + 3);
  let acc = 0;
  let bits = 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 61) break; // '=' padding ends the data
    if (c === 32 || c === 10 || c === 13 || c === 9) continue;
    const v = c < 128 ? BASE64_VALUES[c] : -1;
    if (v < 0) return null;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out.slice(0, n);
}

function normalizePath(path: string): string {
  const segments: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') segments.pop();
    else segments.push(part);
  }
  return segments.join('/');
}

function baseName(path: string): string {
  const normalized = path.replace(/\\/g, '/');
  return normalized.slice(normalized.lastIndexOf('/') + 1);
}

function dirName(path: string): string {
  const normalized = normalizePath(path);
  const slash = normalized.lastIndexOf('/');
  return slash < 0 ? '' : normalized.slice(0, slash + 1);
}

/** The dropped files, looked up by a reference written inside another dropped file. */
export class DroppedFiles {
  private readonly byPath = new Map<string, InputFile>();
  private readonly byBase = new Map<string, InputFile>();
  private readonly byBaseLower = new Map<string, InputFile>();

  constructor(readonly files: InputFile[]) {
    for (const f of files) {
      const path = normalizePath(f.name);
      if (!this.byPath.has(path)) this.byPath.set(path, f);
      const base = baseName(path);
      if (!this.byBase.has(base)) this.byBase.set(base, f);
      if (!this.byBaseLower.has(base.toLowerCase())) this.byBaseLower.set(base.toLowerCase(), f);
    }
  }

  /**
   * The dropped file a local reference names, relative to the referring file: the exact relative path
   * first, then the bare file name (people drop files without their folders), then ignoring case.
   * glTF references are URIs (percent-encoded, may carry ?query or #fragment); OBJ/MTL ones are plain paths.
   */
  find(reference: string, referringFile: string, kind: 'uri' | 'path'): InputFile | null {
    const ref = referenceToPath(reference, kind).replace(/^[a-z]:[\\/]/i, '/');
    const path = normalizePath(dirName(referringFile) + ref);
    const base = baseName(ref);
    return this.byPath.get(path) ?? this.byPath.get(normalizePath(ref)) ?? this.byBase.get(base) ?? this.byBaseLower.get(base.toLowerCase()) ?? null;
  }

  /** The name a person should look for when a reference is missing. */
  static missingName(reference: string, kind: 'uri' | 'path'): string {
    const ref = referenceToPath(reference, kind);
    return displayName(baseName(ref) || ref);
  }
}

function referenceToPath(reference: string, kind: 'uri' | 'path'): string {
  const ref = reference.trim();
  if (kind === 'path') return ref;
  const withoutQuery = ref.split(/[?#]/)[0];
  try {
    return decodeURIComponent(withoutQuery);
  } catch {
    // A stray '%' is a literal character in the file name.
    return withoutQuery;
  }
}
