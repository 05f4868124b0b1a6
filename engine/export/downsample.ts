// Resolves a supersampled render to the output size: a k×k box filter over premultiplied values, like an MSAA resolve.
import type { PixelData } from '../gpu/types';
import { checkRgba } from './check-pixels';
import { ExportError } from './export-errors';

/**
 * Averages each k×k block. Colour is weighted by alpha (premultiplied) so transparent samples add no
 * dark fringe, then divided by the summed alpha: an opaque uniform block stays exact, an empty block
 * stays (0,0,0,0). The image's width and height must be multiples of k.
 */
export function downsample(image: PixelData, factor: number): PixelData {
  checkRgba(image);
  const k = factor;
  if (!Number.isInteger(k) || k < 1) throw new ExportError('INVALID_INPUT', `The supersampling factor must be a whole number of at least 1, not ${factor}.`);
  const { width, height, data: src } = image;
  if (width % k !== 0 || height % k !== 0) {
    throw new ExportError('INVALID_INPUT', `A ${width}×${height} render cannot be reduced by ${k}: both sides must be multiples of ${k}.`);
  }
  const outWidth = width / k;
  const outHeight = height / k;
  const out = new Uint8Array(outWidth * outHeight * 4);
  const samples = k * k;
  for (let oy = 0; oy < outHeight; oy++) {
    for (let ox = 0; ox < outWidth; ox++) {
      // Sums stay integers (at most 16 × 255 × 255 for k = 4), so nothing is rounded until the end.
      let sumA = 0;
      let sumR = 0;
      let sumG = 0;
      let sumB = 0;
      for (let sy = 0; sy < k; sy++) {
        let i = ((oy * k + sy) * width + ox * k) * 4;
        for (let sx = 0; sx < k; sx++, i += 4) {
          const a = src[i + 3];
          sumA += a;
          sumR += src[i] * a;
          sumG += src[i + 1] * a;
          sumB += src[i + 2] * a;
        }
      }
      const alpha = Math.round(sumA / samples);
      // Colour under alpha 0 is invisible; zero keeps the "transparent is (0,0,0,0)" convention.
      if (alpha === 0) continue;
      const o = (oy * outWidth + ox) * 4;
      out[o] = Math.round(sumR / sumA);
      out[o + 1] = Math.round(sumG / sumA);
      out[o + 2] = Math.round(sumB / sumA);
      out[o + 3] = alpha;
    }
  }
  return { width: outWidth, height: outHeight, data: out };
}
