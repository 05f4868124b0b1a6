// Which dropped file is the model, and which format it really is (by its bytes, not only its name).
import { ModelLoadError, displayName } from './errors';
import type { InputFile } from './files';
import { foreignFileKind } from './foreign-files';

export type ModelFormat = 'glb' | 'gltf' | 'obj' | 'stl-ascii' | 'stl-binary' | 'ply';

const MODEL_EXTENSIONS = ['.gltf', '.glb', '.obj', '.stl', '.ply'];
const SUPPORTED_LIST = 'glTF (.gltf with its files, or .glb), OBJ (with .mtl and textures), STL and PLY';

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

function startsWithAscii(bytes: Uint8Array, text: string, from = 0): boolean {
  if (bytes.length < from + text.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[from + i] !== text.charCodeAt(i)) return false;
  return true;
}

function firstNonSpace(bytes: Uint8Array): number {
  let i = 0;
  // Skip a UTF-8 byte-order mark and leading whitespace.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  while (i < bytes.length && (bytes[i] === 32 || bytes[i] === 9 || bytes[i] === 10 || bytes[i] === 13)) i++;
  return i;
}

export function isGlb(bytes: Uint8Array): boolean {
  return startsWithAscii(bytes, 'glTF');
}

function isPly(bytes: Uint8Array): boolean {
  return startsWithAscii(bytes, 'ply') && (bytes[3] === 10 || bytes[3] === 13);
}

function looksLikeJson(bytes: Uint8Array): boolean {
  return bytes[firstNonSpace(bytes)] === 0x7b; // '{'
}

/** Text with no NUL and few control bytes in its first kilobytes. */
export function looksLikeText(bytes: Uint8Array, limit = 4096): boolean {
  const n = Math.min(bytes.length, limit);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return false;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control <= n / 100;
}

/** Binary STL: an 80-byte header, a triangle count, then exactly 50 bytes per triangle. */
export function binaryStlSizeMatches(bytes: Uint8Array): boolean {
  if (bytes.length < 84) return false;
  const count = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(80, true);
  return 84 + 50 * count === bytes.length;
}

function detectStl(bytes: Uint8Array): ModelFormat {
  // Binary first: many binary exporters also begin their header with 'solid'.
  if (binaryStlSizeMatches(bytes)) return 'stl-binary';
  // Text otherwise ('solid' usually leads, but comment lines may come first); binary floats are never text.
  return looksLikeText(bytes) ? 'stl-ascii' : 'stl-binary';
}

/** A model name over another kind of content (a PNG renamed .glb) is refused, saying what the file really is. */
function refuseForeign(file: InputFile, ext: string): void {
  const kind = foreignFileKind(file.bytes);
  if (!kind || !MODEL_EXTENSIONS.includes(ext)) return;
  throw new ModelLoadError(
    'UNSUPPORTED_FORMAT',
    `"${displayName(file.name, 60)}" is named like a ${ext.slice(1).toUpperCase()} model, but its content is ${kind}. Drop the model file itself: ${SUPPORTED_LIST}.`,
  );
}

/** The format of a file by its content; the name only breaks ties (OBJ has no signature). */
export function detectFormat(file: InputFile): ModelFormat | null {
  const { bytes } = file;
  if (isGlb(bytes)) return 'glb';
  if (isPly(bytes)) return 'ply';
  const ext = extensionOf(file.name);
  // A binary STL's 80-byte header is free text, so only a size that does not fit lets its bytes be sniffed.
  if (!(ext === '.stl' && binaryStlSizeMatches(bytes))) refuseForeign(file, ext);
  if (ext === '.stl') return detectStl(bytes);
  if (ext === '.gltf' || ext === '.glb') return looksLikeJson(bytes) ? 'gltf' : ext === '.glb' ? 'glb' : 'gltf';
  if (ext === '.obj') return 'obj';
  if (ext === '.ply') return 'ply';
  return null;
}

/** The model among the dropped files: the first with a model extension, else the first whose bytes say so. */
export function pickMainFile(files: InputFile[]): { file: InputFile; format: ModelFormat } {
  if (files.length === 0) throw new ModelLoadError('UNSUPPORTED_FORMAT', `No file was given. Drop a model: ${SUPPORTED_LIST}.`);
  for (const file of files) {
    if (!MODEL_EXTENSIONS.includes(extensionOf(file.name))) continue;
    const format = detectFormat(file);
    if (format) return { file, format };
  }
  for (const file of files) {
    if (isGlb(file.bytes)) return { file, format: 'glb' };
    if (isPly(file.bytes)) return { file, format: 'ply' };
  }
  const names = files.slice(0, 3).map((f) => `"${displayName(f.name, 60)}"`).join(', ');
  throw new ModelLoadError(
    'UNSUPPORTED_FORMAT',
    `None of the dropped files (${names}${files.length > 3 ? ', …' : ''}) is a model this app can open. Supported: ${SUPPORTED_LIST}.`,
  );
}
