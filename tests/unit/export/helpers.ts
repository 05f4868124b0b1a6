// Small image builders for the export tests.
import type { PixelData } from '../../../engine/gpu/types';

export type Rgba = [number, number, number, number];

/** An image from a row-major list of RGBA pixels. */
export function image(width: number, height: number, pixels: Rgba[]): PixelData {
  if (pixels.length !== width * height) throw new Error('pixel count does not match the size');
  return { width, height, data: new Uint8Array(pixels.flat()) };
}

/** A width×height image filled with one colour. */
export function filled(width: number, height: number, rgba: Rgba): PixelData {
  return image(width, height, Array.from({ length: width * height }, () => [...rgba] as Rgba));
}

export function pixelAt(img: PixelData, x: number, y: number): Rgba {
  const i = (y * img.width + x) * 4;
  return [img.data[i], img.data[i + 1], img.data[i + 2], img.data[i + 3]];
}

/** A deterministic pseudo-random generator (mulberry32), so failures reproduce. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
