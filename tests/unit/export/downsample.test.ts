// Supersampling reduction: premultiplied averaging, so edges fade without a dark fringe and opaque blocks stay exact.
import { describe, expect, it } from 'vitest';
import { downsample } from '../../../engine/export/downsample';
import { ExportError } from '../../../engine/export/export-errors';
import type { PixelData } from '../../../engine/gpu/types';

/** An image from a row-major list of RGBA pixels. */
function image(width: number, height: number, pixels: number[][]): PixelData {
  return { width, height, data: new Uint8Array(pixels.flat()) };
}

/** A width×height image of one colour. */
function filled(width: number, height: number, rgba: number[]): PixelData {
  return image(width, height, Array.from({ length: width * height }, () => rgba));
}

function pixelAt(img: PixelData, x: number, y: number): number[] {
  const i = (y * img.width + x) * 4;
  return Array.from(img.data.subarray(i, i + 4));
}

describe('downsample', () => {
  it('turns two opaque red and two transparent samples into pure red at alpha 128', () => {
    const block = image(2, 2, [
      [255, 0, 0, 255],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
      [255, 0, 0, 255],
    ]);
    const out = downsample(block, 2);
    expect(out.width).toBe(1);
    expect(out.height).toBe(1);
    expect(pixelAt(out, 0, 0)).toEqual([255, 0, 0, 128]);
  });

  it('weights colour by alpha', () => {
    const block = image(2, 2, [
      [255, 0, 0, 255],
      [0, 0, 255, 85],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
    ]);
    // Red carries three times the weight of blue: 255·255/340 = 191.25, 255·85/340 = 63.75.
    expect(pixelAt(downsample(block, 2), 0, 0)).toEqual([191, 0, 64, 85]);
  });

  it('keeps fully covered opaque blocks exact and empty blocks (0,0,0,0), for k = 2 and 4', () => {
    const palette = [[250, 3, 77, 255], [1, 128, 254, 255], [64, 64, 64, 255], [255, 255, 255, 255], [17, 200, 9, 255], [0, 0, 0, 255]];
    for (const k of [2, 4]) {
      const width = 3 * k;
      const height = 2 * k;
      const src = new Uint8Array(width * height * 4);
      const colours: number[][] = [];
      for (let by = 0; by < 2; by++) {
        for (let bx = 0; bx < 3; bx++) {
          const empty = (bx + by) % 3 === 0;
          const colour = empty ? [0, 0, 0, 0] : palette[by * 3 + bx];
          colours.push(colour);
          for (let y = by * k; y < (by + 1) * k; y++) {
            for (let x = bx * k; x < (bx + 1) * k; x++) src.set(empty ? [9, 9, 9, 0] : colour, (y * width + x) * 4);
          }
        }
      }
      const out = downsample({ width, height, data: src }, k);
      expect(out.width).toBe(3);
      expect(out.height).toBe(2);
      for (let i = 0; i < 6; i++) expect(pixelAt(out, i % 3, Math.floor(i / 3))).toEqual(colours[i]);
    }
  });

  it('gives the average alpha, rounded, for a 4×4 block with a few covered samples', () => {
    const pixels = Array.from({ length: 16 }, (_, i) => (i < 3 ? [10, 200, 30, 255] : [0, 0, 0, 0]) as [number, number, number, number]);
    // 3·255/16 = 47.8 → 48, colour unchanged.
    expect(pixelAt(downsample(image(4, 4, pixels), 4), 0, 0)).toEqual([10, 200, 30, 48]);
  });

  it('refuses a size that is not a multiple of the factor, or a bad factor', () => {
    expect(() => downsample(filled(3, 2, [1, 2, 3, 255]), 2)).toThrowError(ExportError);
    expect(() => downsample(filled(4, 4, [1, 2, 3, 255]), 1.5)).toThrowError(/whole number/);
  });
});
