// Image sizes are read from headers before any decoder runs; a damaged header gives null, never a throw.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readImageSize } from '../../../engine/loaders/image-header';
import { LoadBudget } from '../../../engine/loaders/limits';
import { encodePng } from '../../fixtures/png';
import { pngHeader } from '../../fixtures/malformed';

function jpeg(width: number, height: number, progressive = false): Uint8Array {
  // SOI, an APP0 segment to skip, then SOF0 (or SOF2) with the size.
  const app0 = [0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const sof = [0xff, progressive ? 0xc2 : 0xc0, 0, 17, 8, height >> 8, height & 255, width >> 8, width & 255, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
  return new Uint8Array([0xff, 0xd8, ...app0, ...sof, 0xff, 0xd9]);
}

function riff(chunk: string, payload: number[]): Uint8Array {
  const bytes = new Uint8Array(30 + payload.length);
  bytes.set([...'RIFF'].map((c) => c.charCodeAt(0)), 0);
  bytes.set([...'WEBP'].map((c) => c.charCodeAt(0)), 8);
  bytes.set([...chunk].map((c) => c.charCodeAt(0)), 12);
  bytes.set(payload, 20);
  return bytes;
}

describe('image headers', () => {
  it('reads PNG sizes from real and header-only files', () => {
    expect(readImageSize(encodePng(5, 3, new Uint8Array(60)), 'image/png')).toEqual({ width: 5, height: 3 });
    expect(readImageSize(pngHeader(30000, 30000), 'image/png')).toEqual({ width: 30000, height: 30000 });
    expect(readImageSize(pngHeader(1, 1).slice(0, 20), 'image/png')).toBeNull();
  });

  it('walks JPEG segments to the frame header, baseline or progressive', () => {
    expect(readImageSize(jpeg(640, 480), 'image/jpeg')).toEqual({ width: 640, height: 480 });
    expect(readImageSize(jpeg(30000, 20000, true), 'image/jpeg')).toEqual({ width: 30000, height: 20000 });
    expect(readImageSize(jpeg(640, 480).slice(0, 24), 'image/jpeg')).toBeNull();
  });

  it('reads the three WebP headers', () => {
    // VP8: frame tag (3 bytes), start code 9d 01 2a, then 14-bit width and height.
    expect(readImageSize(riff('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, 100, 0, 50, 0]), 'image/webp')).toEqual({ width: 100, height: 50 });
    // VP8L: signature 2f, then 14 bits of width-1 and 14 of height-1.
    const bits = 99 | (49 << 14);
    expect(readImageSize(riff('VP8L', [0x2f, bits & 255, (bits >> 8) & 255, (bits >> 16) & 255, (bits >> 24) & 255]), 'image/webp')).toEqual({ width: 100, height: 50 });
    // VP8X: 24-bit width-1 and height-1 after 4 flag bytes.
    expect(readImageSize(riff('VP8X', [0, 0, 0, 0, 0x2f, 0x75, 0, 0x1f, 0x4e, 0]), 'image/webp')).toEqual({ width: 30000, height: 20000 });
  });

  it('never throws on damaged headers, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.constantFrom('image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/bmp'), (bytes, type) => {
        const size = readImageSize(bytes, type);
        if (size) expect(Number.isInteger(size.width) && size.width >= 0 && Number.isInteger(size.height) && size.height >= 0).toBe(true);
      }),
      { seed: 7, numRuns: 500 },
    );
  });

  it('refuses a texture past the side or the total pixel limit, saying by how much', () => {
    const budget = new LoadBudget();
    expect(() => budget.chargeImage(30000, 30000, 'big.png')).toThrow(/"big\.png" is 30000×30000 pixels.*16,384 pixels \(1\.8 times the limit\)/);
    const small = new LoadBudget({ maxTexturePixels: 1000 });
    small.chargeImage(20, 20, 'a');
    small.chargeImage(20, 20, 'b');
    expect(() => small.chargeImage(20, 20, 'c')).toThrow(/1,200 pixels, and the limit is 1,000 pixels \(200 pixels over the limit\)/);
  });
});
