// Auto-crop: trims empty margins around the model so every image is framed the same way regardless of render size.
import type { PixelData } from '../gpu/types';
import { checkRgba } from './check-pixels';
import { ExportError } from './export-errors';
import type { PixelRect, RgbColor } from './types';

export interface CropOptions {
  /**
   * Margin kept around the content, in percent of the content box's larger side (default 5).
   * Percent rather than pixels so a 512 px and a 4096 px render of the same view crop alike.
   */
  paddingPercent?: number;
  /** For an opaque render: pixels within `tolerance` of this colour count as empty. Omitted: only alpha 0 is empty. */
  background?: RgbColor;
  /** Largest per-channel difference from `background` still counted as background (default 4 of 255). */
  tolerance?: number;
}

export interface CropResult {
  image: PixelData;
  /** Where the result lies in the original image; the caller shifts the principal point by (x, y). */
  rect: PixelRect;
  /** True when nothing was found: the image comes back whole and unchanged. */
  empty: boolean;
}

function isContent(data: PixelData['data'], i: number, background: RgbColor | undefined, tolerance: number): boolean {
  if (data[i + 3] === 0) return false;
  if (!background) return true;
  return (
    Math.abs(data[i] - background[0]) > tolerance ||
    Math.abs(data[i + 1] - background[1]) > tolerance ||
    Math.abs(data[i + 2] - background[2]) > tolerance
  );
}

/** The tight box around the content, or null when the image has none. */
export function findContentBox(image: PixelData, options: CropOptions = {}): PixelRect | null {
  checkRgba(image);
  const { width, height, data } = image;
  const tolerance = options.tolerance ?? 4;
  let minX = width;
  let minY = height;
  let maxX = -1;
  let maxY = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (!isContent(data, (y * width + x) * 4, options.background, tolerance)) continue;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      minY = Math.min(minY, y);
      maxY = y;
    }
  }
  return maxX < 0 ? null : { x: minX, y: minY, width: maxX - minX + 1, height: maxY - minY + 1 };
}

/** Grows a box by the padding on every side and clamps it to the image. */
export function padBox(box: PixelRect, paddingPercent: number, width: number, height: number): PixelRect {
  const pad = Math.round((Math.max(box.width, box.height) * Math.max(0, paddingPercent)) / 100);
  const x0 = Math.max(0, box.x - pad);
  const y0 = Math.max(0, box.y - pad);
  const x1 = Math.min(width, box.x + box.width + pad);
  const y1 = Math.min(height, box.y + box.height + pad);
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** Copies a rectangle out of an image. */
export function cropImage(image: PixelData, rect: PixelRect): PixelData {
  checkRgba(image);
  const { x, y, width, height } = rect;
  const inside = [x, y, width, height].every(Number.isInteger) && x >= 0 && y >= 0 && width >= 1 && height >= 1 && x + width <= image.width && y + height <= image.height;
  if (!inside) throw new ExportError('INVALID_INPUT', `The crop ${width}×${height} at (${x}, ${y}) does not lie inside the ${image.width}×${image.height} image.`);
  const rowBytes = rect.width * 4;
  const out = new Uint8Array(rowBytes * rect.height);
  for (let row = 0; row < rect.height; row++) {
    const start = ((rect.y + row) * image.width + rect.x) * 4;
    out.set(image.data.subarray(start, start + rowBytes), row * rowBytes);
  }
  return { width: rect.width, height: rect.height, data: out };
}

export function autoCrop(image: PixelData, options: CropOptions = {}): CropResult {
  const box = findContentBox(image, options);
  if (!box) return { image, rect: { x: 0, y: 0, width: image.width, height: image.height }, empty: true };
  const rect = padBox(box, options.paddingPercent ?? 5, image.width, image.height);
  return { image: cropImage(image, rect), rect, empty: false };
}

/**
 * One crop for several images of the same view (one per style): the padded box around the content of all of them,
 * so every style's image keeps the same size and camera. Null when none has content.
 */
export function commonCropBox(images: readonly PixelData[], options: CropOptions = {}): PixelRect | null {
  let union: PixelRect | null = null;
  for (const image of images) {
    const box = findContentBox(image, options);
    if (!box) continue;
    if (!union) union = box;
    else {
      const x = Math.min(union.x, box.x);
      const y = Math.min(union.y, box.y);
      union = { x, y, width: Math.max(union.x + union.width, box.x + box.width) - x, height: Math.max(union.y + union.height, box.y + box.height) - y };
    }
  }
  return union && padBox(union, options.paddingPercent ?? 5, images[0].width, images[0].height);
}
