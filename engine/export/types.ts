// The small vocabulary the export files share; pixels themselves are the engine's PixelData.

/** An sRGB-encoded colour, each channel 0..255. */
export type RgbColor = readonly [r: number, g: number, b: number];

/** A rectangle in whole pixels, origin at the image's top-left corner. */
export interface PixelRect {
  x: number;
  y: number;
  width: number;
  height: number;
}
