// Splits an image into tiles that fit one render target, for exports larger than the GPU's texture limit.

export interface Tile {
  /** Position and size in output pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Row-major tiles of at most `tileSize` output pixels a side covering `width` × `height` exactly; the last
 * column and row are narrower when the size is not a multiple.
 */
export function planTiles(width: number, height: number, tileSize: number): Tile[] {
  if (!(tileSize >= 1)) throw new RangeError(`Tile size must be at least 1 pixel, not ${tileSize}`);
  const size = Math.floor(tileSize);
  const tiles: Tile[] = [];
  for (let y = 0; y < height; y += size) {
    for (let x = 0; x < width; x += size) {
      tiles.push({ x, y, width: Math.min(size, width - x), height: Math.min(size, height - y) });
    }
  }
  return tiles;
}

/**
 * Box-filters premultiplied RGBA8 by `factor` (each output pixel averages factor × factor input pixels, as an
 * MSAA resolve does) into `out` at (outX, outY) of an image `outWidth` wide, reading the top-left
 * `width*factor` × `height*factor` pixels of a source `sourceWidth` wide. Factor 1 is a plain copy.
 */
export function reduceInto(
  source: Uint8Array,
  sourceWidth: number,
  factor: number,
  out: Uint8Array,
  outWidth: number,
  outX: number,
  outY: number,
  width: number,
  height: number,
): void {
  if (factor === 1) {
    for (let row = 0; row < height; row++) {
      const from = row * sourceWidth * 4;
      out.set(source.subarray(from, from + width * 4), ((outY + row) * outWidth + outX) * 4);
    }
    return;
  }
  const count = factor * factor;
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let dy = 0; dy < factor; dy++) {
        let i = ((row * factor + dy) * sourceWidth + col * factor) * 4;
        for (let dx = 0; dx < factor; dx++, i += 4) {
          r += source[i];
          g += source[i + 1];
          b += source[i + 2];
          a += source[i + 3];
        }
      }
      const o = ((outY + row) * outWidth + outX + col) * 4;
      out[o] = Math.round(r / count);
      out[o + 1] = Math.round(g / count);
      out[o + 2] = Math.round(b / count);
      out[o + 3] = Math.round(a / count);
    }
  }
}
