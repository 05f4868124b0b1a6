// Auto-crop: the content box, padded in percent of its larger side, clamped at the image edges.
import { describe, expect, it } from 'vitest';
import { autoCrop, commonCropBox, cropImage, findContentBox } from '../../../engine/export/crop';
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

function paint(img: PixelData, x: number, y: number, rgba: number[]): void {
  img.data.set(rgba, (y * img.width + x) * 4);
}

describe('autoCrop on a transparent render', () => {
  it('finds the box of pixels with alpha > 0, including a faint one', () => {
    const img = filled(100, 80, [0, 0, 0, 0]);
    paint(img, 30, 20, [255, 0, 0, 255]);
    paint(img, 69, 59, [0, 255, 0, 1]);
    expect(findContentBox(img)).toEqual({ x: 30, y: 20, width: 40, height: 40 });
  });

  it('pads by a percent of the larger side and copies the right pixels', () => {
    const img = filled(100, 80, [0, 0, 0, 0]);
    paint(img, 30, 20, [255, 0, 0, 255]);
    paint(img, 69, 39, [0, 0, 255, 200]);
    // Box 40×20; 10 % of 40 = 4 pixels on every side.
    const result = autoCrop(img, { paddingPercent: 10 });
    expect(result.empty).toBe(false);
    expect(result.rect).toEqual({ x: 26, y: 16, width: 48, height: 28 });
    expect(result.image.width).toBe(48);
    expect(result.image.height).toBe(28);
    expect(pixelAt(result.image, 4, 4)).toEqual([255, 0, 0, 255]);
    expect(pixelAt(result.image, 43, 23)).toEqual([0, 0, 255, 200]);
    expect(pixelAt(result.image, 0, 0)).toEqual([0, 0, 0, 0]);
  });

  it('clamps the padded box at the image edges', () => {
    const img = filled(50, 40, [0, 0, 0, 0]);
    paint(img, 1, 2, [1, 1, 1, 255]);
    paint(img, 48, 20, [1, 1, 1, 255]);
    const { rect } = autoCrop(img, { paddingPercent: 20 });
    // Box 48×19 at (1, 2); 20 % of 48 ≈ 10 pixels, cut at 0 on the left/top and at 50 on the right.
    expect(rect).toEqual({ x: 0, y: 0, width: 50, height: 31 });
  });

  it('returns an empty image whole and unchanged, and says so', () => {
    const img = filled(8, 6, [0, 0, 0, 0]);
    const result = autoCrop(img);
    expect(result.empty).toBe(true);
    expect(result.image).toBe(img);
    expect(result.rect).toEqual({ x: 0, y: 0, width: 8, height: 6 });
  });
});

describe('autoCrop on an opaque background', () => {
  it('ignores pixels within the tolerance of the background colour', () => {
    const img = filled(20, 20, [240, 240, 240, 255]);
    paint(img, 2, 2, [243, 238, 240, 255]); // noise within the default tolerance
    paint(img, 5, 6, [100, 100, 100, 255]);
    paint(img, 9, 8, [240, 240, 250, 255]); // 10 off in blue: content
    expect(findContentBox(img, { background: [240, 240, 240] })).toEqual({ x: 5, y: 6, width: 5, height: 3 });
    expect(findContentBox(img, { background: [240, 240, 240], tolerance: 20 })).toEqual({ x: 5, y: 6, width: 1, height: 1 });
    expect(findContentBox(filled(4, 4, [240, 240, 240, 255]), { background: [240, 240, 240] })).toBeNull();
  });
});

describe('cropImage', () => {
  it('refuses a rectangle outside the image', () => {
    expect(() => cropImage(filled(4, 4, [0, 0, 0, 0]), { x: 2, y: 0, width: 3, height: 1 })).toThrowError(ExportError);
  });
});

describe('commonCropBox', () => {
  it('pads the box around the content of every image, so all crop alike', () => {
    const a = filled(20, 20, [0, 0, 0, 0]);
    const b = filled(20, 20, [0, 0, 0, 0]);
    paint(a, 4, 5, [255, 0, 0, 255]);
    paint(b, 12, 9, [0, 255, 0, 255]);
    expect(commonCropBox([a, b], { paddingPercent: 0 })).toEqual({ x: 4, y: 5, width: 9, height: 5 });
    // 10% of the larger side (9) rounds to 1 pixel on every side
    expect(commonCropBox([a, b], { paddingPercent: 10 })).toEqual({ x: 3, y: 4, width: 11, height: 7 });
    expect(commonCropBox([a, filled(20, 20, [0, 0, 0, 0])], { paddingPercent: 0 })).toEqual({ x: 4, y: 5, width: 1, height: 1 });
    expect(commonCropBox([filled(4, 4, [0, 0, 0, 0])])).toBeNull();
  });
});
