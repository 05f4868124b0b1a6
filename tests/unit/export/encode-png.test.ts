// PNG output must decode to exactly the pixels put in, faint edge pixels and 16-bit depth values included.
import { describe, expect, it } from 'vitest';
import { decode } from 'fast-png';
import { PNG } from 'pngjs';
import { encodePng, encodePng16 } from '../../../engine/export/encode-png';
import { ExportError } from '../../../engine/export/export-errors';
import type { PixelData } from '../../../engine/gpu/types';

/** An image from a row-major list of RGBA pixels. */
function image(width: number, height: number, pixels: number[][]): PixelData {
  return { width, height, data: new Uint8Array(pixels.flat()) };
}

/** Deterministic bytes that look random (an integer hash of the index), so failures reproduce. */
function scrambled(length: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => {
    const h = Math.imul(i ^ (i >>> 16), 0x45d9f3b);
    return (Math.imul(h ^ (h >>> 16), 0x45d9f3b) >>> 16) & 255;
  });
}

describe('encodePng', () => {
  it('round-trips straight RGBA bit for bit, including colour under alpha 1, 7 and 128', () => {
    const edge = image(3, 2, [
      [200, 17, 99, 1],
      [3, 250, 128, 7],
      [255, 0, 0, 128],
      [12, 34, 56, 0],
      [0, 0, 0, 255],
      [255, 255, 255, 254],
    ]);
    const png = encodePng(edge);
    const viaFastPng = decode(png);
    expect(viaFastPng).toMatchObject({ width: 3, height: 2, depth: 8, channels: 4 });
    expect(Array.from(viaFastPng.data)).toEqual(Array.from(edge.data));
    // A second, independent decoder: a bug shared by fast-png's encoder and decoder would not hide here.
    const viaPngjs = PNG.sync.read(Buffer.from(png));
    expect(Array.from(viaPngjs.data)).toEqual(Array.from(edge.data));
  });

  it('round-trips a noisy image with every alpha level', () => {
    const width = 37;
    const height = 19;
    const data = scrambled(width * height * 4);
    for (let p = 0; p < width * height; p++) data[p * 4 + 3] = p % 256;
    const png = encodePng({ width, height, data }, { level: 9 });
    expect(Array.from(PNG.sync.read(Buffer.from(png)).data)).toEqual(Array.from(data));
  });

  it('accepts a Uint8ClampedArray', () => {
    const data = new Uint8ClampedArray([1, 2, 3, 4]);
    expect(Array.from(decode(encodePng({ width: 1, height: 1, data })).data)).toEqual([1, 2, 3, 4]);
  });

  it('refuses a buffer of the wrong length with a typed error', () => {
    const error = (() => {
      try {
        encodePng({ width: 2, height: 2, data: new Uint8Array(15) });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ExportError);
    expect((error as ExportError).code).toBe('INVALID_INPUT');
    expect((error as ExportError).message).toMatch(/15 values.*needs 16/);
  });
});

describe('encodePng16', () => {
  it('round-trips 0, 1, 65535 and values whose bytes differ as 16-bit greyscale', () => {
    const data = new Uint16Array([0, 1, 65535, 256, 255, 0x1234]);
    const png = encodePng16({ width: 3, height: 2, data });
    const decoded = decode(png);
    expect(decoded).toMatchObject({ width: 3, height: 2, depth: 16, channels: 1 });
    expect(Array.from(decoded.data)).toEqual([0, 1, 65535, 256, 255, 0x1234]);
    // IHDR: bit depth 16, colour type 0 (greyscale).
    expect([png[24], png[25]]).toEqual([16, 0]);
  });

  it('refuses a buffer that is not one value per pixel', () => {
    expect(() => encodePng16({ width: 2, height: 2, data: new Uint16Array(8) })).toThrowError(ExportError);
  });
});
