// The lines' part of the Style block (params[2] and [3]), as shaders/lines/lines.wgsl reads it; the line looks'
// own surface parameters stay in params[0] and [1].
import { packSrgb } from '../styles/pack';

export interface LineBlock {
  /** '#rrggbb'. */
  colour: string;
  /** In image pixels. */
  width: number;
  /** Edges whose faces turn by more than this (degrees) show; 180 or more: no creases. */
  creaseAngle: number;
  every: boolean;
  silhouettes: boolean;
  boundaries: boolean;
}

/** Larger than any angle between two faces. */
export const NO_CREASES = 1000;

export function packLineBlock(lines: LineBlock, out: Float32Array): void {
  packSrgb(lines.colour, out, 8);
  out[11] = lines.width;
  out[12] = lines.creaseAngle >= 180 ? NO_CREASES : lines.creaseAngle;
  out[13] = lines.every ? 1 : 0;
  out[14] = lines.silhouettes ? 1 : 0;
  out[15] = lines.boundaries ? 1 : 0;
}
