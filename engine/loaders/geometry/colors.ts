// Colour-space conversion for formats whose colours are display (sRGB) values, unlike glTF's linear ones.

/** One sRGB-encoded channel in 0..1 to linear light. */
export function srgbToLinear(c: number): number {
  if (!(c > 0)) return 0;
  if (c >= 1) return 1;
  return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
}

const BYTE_TO_LINEAR = (() => {
  const table = new Float32Array(256);
  for (let i = 0; i < 256; i++) table[i] = srgbToLinear(i / 255);
  return table;
})();

/** An sRGB byte (0..255) to linear light, by table. */
export function srgbByteToLinear(b: number): number {
  return BYTE_TO_LINEAR[b & 0xff];
}
