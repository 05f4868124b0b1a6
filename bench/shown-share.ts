// What an image shows beyond its background: a run whose first image shows nothing failed, and how bright the rest
// is, so a renderer that saves linear or un-tone-mapped colour stands out against the others.
import type { BenchPixels } from './engines/bench-engine';

/** Whether the pixel at byte offset i differs from the top-left one (the background) by more than 8 in a colour channel. */
function isShown(d: BenchPixels['data'], i: number): boolean {
  return Math.abs(d[i] - d[0]) > 8 || Math.abs(d[i + 1] - d[1]) > 8 || Math.abs(d[i + 2] - d[2]) > 8;
}

/** The share of pixels that are not background. */
export function shownShare(pixels: Pick<BenchPixels, 'data'>): number {
  const d = pixels.data;
  let shown = 0;
  for (let i = 0; i < d.length; i += 4) if (isShown(d, i)) shown++;
  return shown / (d.length / 4);
}

/** The mean 8-bit level (0–255, over R, G and B) of the pixels that are not background; 0 when there are none. */
export function shownMeanLevel(pixels: Pick<BenchPixels, 'data'>): number {
  const d = pixels.data;
  let sum = 0, shown = 0;
  for (let i = 0; i < d.length; i += 4) {
    if (!isShown(d, i)) continue;
    sum += d[i] + d[i + 1] + d[i + 2];
    shown++;
  }
  return shown ? sum / (3 * shown) : 0;
}
