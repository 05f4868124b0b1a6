// Image formats by their signature bytes: a texture's real type decides whether a browser can decode it.

/** Formats createImageBitmap decodes in every browser the app supports. */
const DECODABLE = new Set(['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/bmp', 'image/avif']);

function ascii(bytes: Uint8Array, at: number, text: string): boolean {
  if (bytes.length < at + text.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[at + i] !== text.charCodeAt(i)) return false;
  return true;
}

/** The MIME type the bytes announce, or null when unrecognised. */
export function sniffImageType(bytes: Uint8Array): string | null {
  if (bytes[0] === 0x89 && ascii(bytes, 1, 'PNG')) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WEBP')) return 'image/webp';
  if (ascii(bytes, 0, 'GIF8')) return 'image/gif';
  if (ascii(bytes, 0, 'BM') && bytes.length > 26) return 'image/bmp';
  if (ascii(bytes, 4, 'ftypavif') || ascii(bytes, 4, 'ftypavis')) return 'image/avif';
  if (bytes[0] === 0xab && ascii(bytes, 1, 'KTX 2')) return 'image/ktx2';
  if (ascii(bytes, 0, 'DDS ')) return 'image/vnd-ms.dds';
  return null;
}

/**
 * The type to decode with, or null when browsers cannot decode the image: the bytes' own signature wins over
 * a declared type, which files often get wrong.
 */
export function imageTypeOf(bytes: Uint8Array, declared: string | undefined): string | null {
  const sniffed = sniffImageType(bytes);
  if (sniffed) return DECODABLE.has(sniffed) ? sniffed : null;
  const d = (declared ?? '').toLowerCase();
  // TGA has no signature; declared or named types are trusted only when browsers can decode them.
  return DECODABLE.has(d) ? d : null;
}
