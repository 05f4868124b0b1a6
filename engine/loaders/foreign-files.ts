// Files people drop by mistake (a renamed image, an archive, another 3D format), recognised by their bytes.

const SIGNATURES: { kind: string; test: (b: Uint8Array) => boolean }[] = [
  { kind: 'a PNG image', test: (b) => b[0] === 0x89 && ascii(b, 1, 'PNG\r\n') },
  { kind: 'a JPEG image', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { kind: 'a WebP image', test: (b) => ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP') },
  { kind: 'a GIF image', test: (b) => ascii(b, 0, 'GIF8') },
  { kind: 'a KTX2 texture', test: (b) => b[0] === 0xab && ascii(b, 1, 'KTX 2') },
  { kind: 'a ZIP archive', test: (b) => ascii(b, 0, 'PK\u0003\u0004') || ascii(b, 0, 'PK\u0005\u0006') },
  { kind: 'a gzip archive', test: (b) => b[0] === 0x1f && b[1] === 0x8b },
  { kind: 'a 7-Zip archive', test: (b) => ascii(b, 0, '7z\u00bc\u00af') },
  { kind: 'a RAR archive', test: (b) => ascii(b, 0, 'Rar!') },
  { kind: 'a PDF document', test: (b) => ascii(b, 0, '%PDF-') },
  { kind: 'an FBX model (not supported)', test: (b) => ascii(b, 0, 'Kaydara FBX Binary') },
  { kind: 'a Blender file (not supported)', test: (b) => ascii(b, 0, 'BLENDER') },
  { kind: 'a USDZ/USD model (not supported)', test: (b) => ascii(b, 0, 'PXR-USDC') },
];

function ascii(b: Uint8Array, at: number, text: string): boolean {
  if (b.length < at + text.length) return false;
  for (let i = 0; i < text.length; i++) if (b[at + i] !== (text.charCodeAt(i) & 0xff)) return false;
  return true;
}

/** What the bytes really are when they are a known non-model format ("a PNG image"), else null. */
export function foreignFileKind(bytes: Uint8Array): string | null {
  for (const s of SIGNATURES) if (s.test(bytes)) return s.kind;
  return null;
}
