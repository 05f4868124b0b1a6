// Read-back pixel helpers for the browser specs (RGBA8, rows top to bottom).
export interface Image { width: number; height: number; data: Uint8Array }

export function fromBase64(r: { width: number; height: number; base64: string }): Image {
  return { width: r.width, height: r.height, data: new Uint8Array(Buffer.from(r.base64, 'base64')) };
}

export function pixel(img: Image, x: number, y: number): [number, number, number, number] {
  const i = (y * img.width + x) * 4;
  return [img.data[i], img.data[i + 1], img.data[i + 2], img.data[i + 3]];
}

export type Colour = 'red' | 'green' | 'blue' | 'white' | 'yellow' | 'magenta' | 'black' | 'other';

/** Coarse colour class with generous thresholds, so tone mapping does not decide a test. */
export function classify([r, g, b]: number[]): Colour {
  const hi = (v: number) => v > 170;
  const lo = (v: number) => v < 70;
  if (hi(r) && lo(g) && lo(b)) return 'red';
  if (lo(r) && hi(g) && lo(b)) return 'green';
  if (lo(r) && lo(g) && hi(b)) return 'blue';
  if (hi(r) && hi(g) && hi(b)) return 'white';
  if (hi(r) && hi(g) && lo(b)) return 'yellow';
  if (hi(r) && lo(g) && hi(b)) return 'magenta';
  if (lo(r) && lo(g) && lo(b)) return 'black';
  return 'other';
}

export function colourAt(img: Image, x: number, y: number): Colour {
  return classify(pixel(img, x, y));
}

export function count(img: Image, predicate: (p: [number, number, number, number]) => boolean): number {
  let n = 0;
  for (let y = 0; y < img.height; y++) for (let x = 0; x < img.width; x++) if (predicate(pixel(img, x, y))) n++;
  return n;
}

/** Pixels differing from the background colour by more than `tolerance` in any channel. */
export function coveredPixels(img: Image, background: number[], tolerance = 3): number {
  return count(img, (p) => p.some((v, i) => Math.abs(v - background[i]) > tolerance));
}

/** Share of pixels whose largest per-channel difference exceeds `tolerance`. */
export function differingShare(a: Image, b: Image, tolerance: number): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let n = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    let d = 0;
    for (let k = 0; k < 4; k++) d = Math.max(d, Math.abs(a.data[i + k] - b.data[i + k]));
    if (d > tolerance) n++;
  }
  return n / (a.width * a.height);
}
