// Read-back post-processing: the renderer works in premultiplied alpha, images are handed out straight.

/** Premultiplied RGBA8 to straight RGBA8, in place; opaque and fully transparent pixels are left as they are. */
export function unpremultiplyInPlace(data: Uint8Array | Uint8ClampedArray): void {
  for (let i = 3; i < data.length; i += 4) {
    const a = data[i];
    if (a === 255 || a === 0) continue;
    const scale = 255 / a;
    data[i - 3] = Math.min(255, Math.round(data[i - 3] * scale));
    data[i - 2] = Math.min(255, Math.round(data[i - 2] * scale));
    data[i - 1] = Math.min(255, Math.round(data[i - 1] * scale));
  }
}

/** Throws a RangeError unless width and height are integers in 1..max. */
export function checkImageSize(width: number, height: number, max: number): void {
  for (const [name, value] of [['width', width], ['height', height]] as const) {
    if (!Number.isInteger(value) || value < 1 || value > max) {
      throw new RangeError(`Image ${name} must be an integer from 1 to ${max}, not ${value}`);
    }
  }
}
