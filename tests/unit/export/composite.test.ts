// Flattening for JPEG: sRGB-space blending, as a browser shows the transparent PNG over that colour.
import { describe, expect, it } from 'vitest';
import { compositeOver } from '../../../engine/export/composite';
import type { PixelData } from '../../../engine/gpu/types';

/** An image from a row-major list of RGBA pixels. */
function image(width: number, height: number, pixels: number[][]): PixelData {
  return { width, height, data: new Uint8Array(pixels.flat()) };
}

function pixelAt(img: PixelData, x: number, y: number): number[] {
  const i = (y * img.width + x) * 4;
  return Array.from(img.data.subarray(i, i + 4));
}

describe('compositeOver', () => {
  const src = image(4, 1, [
    [255, 0, 0, 128],
    [10, 20, 30, 255],
    [200, 100, 50, 0],
    [0, 255, 0, 51],
  ]);

  it('blends over white', () => {
    const out = compositeOver(src, [255, 255, 255]);
    // 255·128/255 + 255·127/255 = 255; 0·128 + 255·127 → 127.
    expect(pixelAt(out, 0, 0)).toEqual([255, 127, 127, 255]);
    expect(pixelAt(out, 1, 0)).toEqual([10, 20, 30, 255]);
    expect(pixelAt(out, 2, 0)).toEqual([255, 255, 255, 255]);
    // 51 is 20 %: green 255, red and blue 255·0.8 = 204.
    expect(pixelAt(out, 3, 0)).toEqual([204, 255, 204, 255]);
  });

  it('blends over black and over a colour', () => {
    const black = compositeOver(src, [0, 0, 0]);
    expect(pixelAt(black, 0, 0)).toEqual([128, 0, 0, 255]);
    expect(pixelAt(black, 2, 0)).toEqual([0, 0, 0, 255]);
    expect(pixelAt(black, 3, 0)).toEqual([0, 51, 0, 255]);
    const grey = compositeOver(src, [100, 100, 100]);
    // (255·128 + 100·127) / 255 = 177.8 → 178; (100·127)/255 = 49.8 → 50.
    expect(pixelAt(grey, 0, 0)).toEqual([178, 50, 50, 255]);
  });

  it('leaves the input untouched and clamps an out-of-range background', () => {
    const before = Array.from(src.data);
    const out = compositeOver(src, [300, -5, 127.6]);
    expect(Array.from(src.data)).toEqual(before);
    expect(pixelAt(out, 2, 0)).toEqual([255, 0, 128, 255]);
  });
});
