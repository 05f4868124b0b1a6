// Checks shared by every export step, so a wrong size fails with a clear message instead of garbage pixels.
import type { PixelData } from '../gpu/types';
import { ExportError } from './export-errors';

export function checkImageSize(width: number, height: number): void {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new ExportError('INVALID_INPUT', `The image size ${width}×${height} is not a whole number of pixels of at least 1×1.`);
  }
}

/** Throws unless `length` values are exactly width × height × channels. */
export function checkPixelCount(width: number, height: number, channels: number, length: number): void {
  checkImageSize(width, height);
  const expected = width * height * channels;
  if (length !== expected) {
    throw new ExportError('INVALID_INPUT', `The pixel buffer holds ${length} values, but a ${width}×${height} image with ${channels} channel(s) needs ${expected}.`);
  }
}

export function checkRgba(image: PixelData): void {
  checkPixelCount(image.width, image.height, 4, image.data.length);
}
