// A streaming ZIP archive: each entry is written as it is added, so a long batch never holds one huge buffer.
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { ExportError } from './export-errors';

export interface ZipWriter {
  /**
   * Adds one file. `compress` false stores it as is: right for PNG, JPEG and WebP, which are compressed already;
   * true deflates it: right for JSON and text. The bytes are copied, so the caller may reuse or transfer them.
   */
  add(name: string, bytes: Uint8Array, compress: boolean): void;
  /** Closes the archive and returns it; nothing can be added afterwards. */
  finish(): Blob;
  /** Drops everything written so far; later calls throw an ExportError with code 'ABORTED'. Safe to call twice. */
  abort(): void;
  /** Bytes of archive produced so far. */
  readonly byteLength: number;
}

export interface ZipWriterOptions {
  /** Modification time stored for every entry (default: now); fixed in tests for byte-identical archives. */
  modified?: Date;
}

// fflate writes classic ZIP without ZIP64, so offsets, sizes and the entry count must fit its 32- and 16-bit fields.
const MAX_ARCHIVE_BYTES = 0xffffffff;
const MAX_ENTRIES = 0xffff;

/** Rejects names that could escape the folder the archive is unpacked into. */
function checkEntryName(name: string): void {
  const unsafe = !name || name.startsWith('/') || name.includes('\\') || name.split('/').some((part) => part === '..' || part === '');
  if (unsafe) throw new ExportError('INVALID_INPUT', `"${name}" is not a usable file name inside an archive.`);
}

// Deflate can grow incompressible data by a few bytes per 16 KiB block; the local header and descriptor add the rest.
function worstCaseEntryBytes(name: string, length: number): number {
  return length + Math.ceil(length / 16384) * 5 + 2 * (46 + new TextEncoder().encode(name).length) + 64;
}

export function createZipWriter(options: ZipWriterOptions = {}): ZipWriter {
  // Each chunk becomes a Blob at once: browsers may keep Blob data outside the JS heap, and the caller's bytes are copied.
  let parts: Blob[] = [];
  let byteLength = 0;
  let failure: unknown = null;
  let state: 'open' | 'finished' | 'aborted' = 'open';
  const names = new Set<string>();

  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else if (state !== 'aborted') {
      parts.push(new Blob([chunk]));
      byteLength += chunk.length;
    }
  });

  const checkOpen = (): void => {
    if (state === 'aborted') throw new ExportError('ABORTED', 'The archive was cancelled.');
    if (state === 'finished') throw new ExportError('INVALID_INPUT', 'The archive is already finished; nothing more can be added.');
    if (failure) throw new ExportError('ENCODE_FAILED', 'The archive could not be written.', { cause: failure });
  };

  return {
    add(name, bytes, compress) {
      checkOpen();
      checkEntryName(name);
      if (names.has(name)) throw new ExportError('INVALID_INPUT', `The archive already holds a file named "${name}".`);
      if (names.size + 1 > MAX_ENTRIES || byteLength + worstCaseEntryBytes(name, bytes.length) > MAX_ARCHIVE_BYTES) {
        throw new ExportError('TOO_LARGE', 'The archive would pass 4 GB or 65,535 files; export fewer or smaller images at a time.');
      }
      names.add(name);
      const entry = compress ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name);
      entry.mtime = options.modified ?? new Date();
      zip.add(entry);
      entry.push(bytes, true);
      checkOpen();
    },
    finish() {
      checkOpen();
      zip.end();
      state = 'finished';
      if (failure) throw new ExportError('ENCODE_FAILED', 'The archive could not be written.', { cause: failure });
      return new Blob(parts, { type: 'application/zip' });
    },
    abort() {
      if (state === 'aborted') return;
      state = 'aborted';
      zip.terminate();
      parts = [];
      byteLength = 0;
    },
    get byteLength() {
      return byteLength;
    },
  };
}
