// Tiling and the supersampling reduction: tiles cover the image exactly once, and averaging premultiplied
// pixels (as the renderer's targets hold them) fades edges without a fringe while opaque blocks stay exact.
import { describe, expect, it } from 'vitest';
import { unpremultiplyInPlace } from '../../../engine/render/pixels';
import { planTiles, reduceInto } from '../../../engine/render/tiles';

const pixelAt = (data: Uint8Array, width: number, x: number, y: number) => Array.from(data.subarray((y * width + x) * 4, (y * width + x) * 4 + 4));

describe('planTiles', () => {
  it('covers every pixel exactly once, with narrower last tiles', () => {
    const width = 1000, height = 700, size = 256;
    const hits = new Uint8Array(width * height);
    const tiles = planTiles(width, height, size);
    expect(tiles).toHaveLength(4 * 3);
    for (const t of tiles) {
      expect(t.width).toBeLessThanOrEqual(size);
      for (let y = t.y; y < t.y + t.height; y++) for (let x = t.x; x < t.x + t.width; x++) hits[y * width + x]++;
    }
    expect(hits.every((h) => h === 1)).toBe(true);
  });

  it('refuses a tile size below one pixel', () => {
    expect(() => planTiles(10, 10, 0)).toThrow(RangeError);
  });
});

describe('reduceInto', () => {
  it('turns two opaque red and two empty samples into pure red at alpha 128 once un-premultiplied', () => {
    const source = new Uint8Array([255, 0, 0, 255, 0, 0, 0, 0, 0, 0, 0, 0, 255, 0, 0, 255]);
    const out = new Uint8Array(4);
    reduceInto(source, 2, 2, out, 1, 0, 0, 1, 1);
    unpremultiplyInPlace(out);
    expect(Array.from(out)).toEqual([255, 0, 0, 128]);
  });

  it('keeps opaque blocks exact and empty ones empty, for factors 2 and 4, at an offset in the output', () => {
    for (const k of [2, 4]) {
      const colours = [[250, 3, 77, 255], [0, 0, 0, 0]];
      const source = new Uint8Array(2 * k * k * 4);
      for (let y = 0; y < k; y++) for (let x = 0; x < 2 * k; x++) source.set(colours[x < k ? 0 : 1], (y * 2 * k + x) * 4);
      const out = new Uint8Array(5 * 3 * 4);
      reduceInto(source, 2 * k, k, out, 5, 2, 1, 2, 1);
      expect(pixelAt(out, 5, 2, 1)).toEqual(colours[0]);
      expect(pixelAt(out, 5, 3, 1)).toEqual(colours[1]);
      expect(pixelAt(out, 5, 1, 1)).toEqual([0, 0, 0, 0]);
    }
  });

  it('copies rows as they are for factor 1, reading only the tile part of a wider source', () => {
    const source = new Uint8Array(4 * 2 * 4).map((_, i) => i);
    const out = new Uint8Array(3 * 3 * 4);
    reduceInto(source, 4, 1, out, 3, 1, 1, 2, 2);
    expect(pixelAt(out, 3, 1, 1)).toEqual([0, 1, 2, 3]);
    expect(pixelAt(out, 3, 2, 2)).toEqual(Array.from(source.subarray(20, 24)));
    expect(pixelAt(out, 3, 0, 0)).toEqual([0, 0, 0, 0]);
  });
});
