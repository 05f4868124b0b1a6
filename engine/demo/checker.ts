// A small procedural checker, sRGB-encoded like any base-colour image, with a soft vignette per cell.
import type { RawImage, Texture } from '../scene/types';
import { createSampler } from '../scene/factory';

export type Rgb8 = [number, number, number];

/** `size` x `size` pixels, `cells` squares per side; each square darkens slightly toward its rim. */
export function createCheckerImage(size: number, cells: number, light: Rgb8, dark: Rgb8): RawImage {
  const data = new Uint8Array(size * size * 4);
  const cell = size / cells;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const colour = (Math.floor(x / cell) + Math.floor(y / cell)) % 2 === 0 ? light : dark;
      const fx = (x % cell) / cell - 0.5, fy = (y % cell) / cell - 0.5;
      const shade = 1 - 0.12 * Math.max(Math.abs(fx), Math.abs(fy)) ** 3 * 8;
      const i = (y * size + x) * 4;
      data[i] = Math.round(colour[0] * shade);
      data[i + 1] = Math.round(colour[1] * shade);
      data[i + 2] = Math.round(colour[2] * shade);
      data[i + 3] = 255;
    }
  }
  return { kind: 'raw', width: size, height: size, data };
}

export function createCheckerTexture(name: string, size: number, cells: number, light: Rgb8, dark: Rgb8): Texture {
  return { name, image: createCheckerImage(size, cells, light, dark), sampler: createSampler() };
}
