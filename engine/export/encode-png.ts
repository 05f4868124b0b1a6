// PNG encoding in plain JS (fast-png): a canvas would premultiply alpha and lose the colour of faint edge pixels.
import { encode } from 'fast-png';
import type { PixelData } from '../gpu/types';
import { checkPixelCount, checkRgba } from './check-pixels';
import { ExportError } from './export-errors';

/** One-channel 16-bit values, rows top to bottom (a depth pass). */
export interface Gray16Data {
  width: number;
  height: number;
  data: Uint16Array;
}

export interface PngOptions {
  /** zlib level 0..9; fast-png's default 3 trades a little size for speed on large renders. */
  level?: number;
}

function zlibLevel(level: number | undefined): 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 {
  return Math.min(9, Math.max(0, Math.round(level ?? 3))) as 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
}

function run(encodeImage: () => Uint8Array): Uint8Array {
  try {
    return encodeImage();
  } catch (error) {
    throw new ExportError('ENCODE_FAILED', 'The PNG could not be written.', { cause: error });
  }
}

/** Straight-alpha RGBA8 to a PNG that decodes to the same bytes, faint edge pixels included. */
export function encodePng(image: PixelData, options: PngOptions = {}): Uint8Array {
  checkRgba(image);
  const { width, height, data } = image;
  return run(() => encode({ width, height, data, channels: 4, depth: 8 }, { zlib: { level: zlibLevel(options.level) } }));
}

/** 16-bit greyscale PNG, for depth passes that need more than 256 steps. */
export function encodePng16(image: Gray16Data, options: PngOptions = {}): Uint8Array {
  const { width, height, data } = image;
  checkPixelCount(width, height, 1, data.length);
  return run(() => encode({ width, height, data, channels: 1, depth: 16 }, { zlib: { level: zlibLevel(options.level) } }));
}
