// Read-back pixels turned into what the export files hold: depth as 16-bit grey, masks opaque, buffers ready to transfer.
import type { PixelData } from '../gpu/types';
import type { RgbColor } from './types';

export function rgb255(background: readonly number[]): RgbColor {
  return [Math.round(background[0] * 255), Math.round(background[1] * 255), Math.round(background[2] * 255)];
}

/** The depth pass's red (high byte) and green (low byte) as one 16-bit grey value per pixel. */
export function depthValues(image: PixelData): Uint16Array {
  const out = new Uint16Array(image.width * image.height);
  const d = image.data;
  for (let i = 0; i < out.length; i++) out[i] = d[i * 4 + 3] ? (d[i * 4] << 8) | d[i * 4 + 1] : 0;
  return out;
}

/** A mask as people expect one: opaque white on opaque black. */
export function opaqueMask(image: PixelData): PixelData {
  const d = image.data;
  for (let i = 0; i < d.length; i += 4) {
    const v = d[i + 3] ? 255 : 0;
    d[i] = d[i + 1] = d[i + 2] = v;
    d[i + 3] = 255;
  }
  return image;
}

export function pixelsBuffer(image: PixelData): ArrayBuffer {
  const d = image.data;
  // The encoder takes the buffer over; a view into a larger buffer is copied first.
  return d.byteOffset === 0 && d.byteLength === d.buffer.byteLength ? (d.buffer as ArrayBuffer) : d.slice().buffer;
}
