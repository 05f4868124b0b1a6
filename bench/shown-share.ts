// How much of an image shows something other than its background: a run whose first image shows nothing failed.
import type { BenchPixels } from './engines/bench-engine';

/** The share of pixels that differ from the top-left one (the background) by more than 8 in a colour channel. */
export function shownShare(pixels: Pick<BenchPixels, 'data'>): number {
  const d = pixels.data;
  let shown = 0;
  for (let i = 0; i < d.length; i += 4) {
    if (Math.abs(d[i] - d[0]) > 8 || Math.abs(d[i + 1] - d[1]) > 8 || Math.abs(d[i + 2] - d[2]) > 8) shown++;
  }
  return shown / (d.length / 4);
}
