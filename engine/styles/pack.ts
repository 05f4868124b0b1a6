// Turning parameter values into Style block floats.

/** '#rrggbb' → sRGB components in 0..1 (display-ready, for shaders that output a colour as chosen). */
export function packSrgb(hex: string, out: Float32Array, offset: number): void {
  for (let i = 0; i < 3; i++) out[offset + i] = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
}

function srgbToLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
}

/** '#rrggbb' → linear components, for shaders that light the colour before encoding it. */
export function packLinear(hex: string, out: Float32Array, offset: number): void {
  packSrgb(hex, out, offset);
  for (let i = 0; i < 3; i++) out[offset + i] = srgbToLinear(out[offset + i]);
}

/** 0 or 1. */
export function flag(value: unknown): number {
  return value === true ? 1 : 0;
}
