// Flattens straight RGBA onto an opaque colour for formats without alpha (JPEG).
import type { PixelData } from '../gpu/types';
import { checkRgba } from './check-pixels';
import type { RgbColor } from './types';

/** A colour channel from user input, clamped so it cannot wrap around in a Uint8Array. */
function toByte(value: number): number {
  return Number.isFinite(value) ? Math.min(255, Math.max(0, Math.round(value))) : 0;
}

/**
 * Plain alpha blending of the sRGB-encoded values, not in linear light: browsers blend that way,
 * so the JPEG matches how the transparent PNG looks placed on a page of that colour.
 * Returns opaque RGBA (alpha 255), rounded to nearest.
 */
export function compositeOver(image: PixelData, background: RgbColor): PixelData {
  checkRgba(image);
  const src = image.data;
  const out = new Uint8Array(src.length);
  const [br, bg, bb] = background.map(toByte);
  for (let i = 0; i < src.length; i += 4) {
    const a = src[i + 3];
    const rest = 255 - a;
    // +127 before the integer divide by 255 rounds to nearest.
    out[i] = ((src[i] * a + br * rest + 127) / 255) | 0;
    out[i + 1] = ((src[i + 1] * a + bg * rest + 127) / 255) | 0;
    out[i + 2] = ((src[i + 2] * a + bb * rest + 127) / 255) | 0;
    out[i + 3] = 255;
  }
  return { width: image.width, height: image.height, data: out };
}
