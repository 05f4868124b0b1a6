// JPEG and WebP through OffscreenCanvas.convertToBlob: the browser's own encoders, available in workers.
import { ExportError } from './export-errors';
import type { CanvasEncode } from './encode-request';

export const encodeWithCanvas: CanvasEncode = async (pixels, width, height, type, quality) => {
  if (typeof OffscreenCanvas === 'undefined') throw new ExportError('UNSUPPORTED', 'This browser cannot encode JPEG or WebP images off the page; choose PNG.');
  const canvas = new OffscreenCanvas(width, height);
  // Browsers refuse a context for a canvas past their size or memory limit.
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new ExportError('TOO_LARGE', `This browser cannot hold a ${width}×${height} image for encoding; try a smaller size or PNG.`);
  let blob: Blob;
  try {
    ctx.putImageData(new ImageData(new Uint8ClampedArray(pixels), width, height), 0, 0);
    blob = await canvas.convertToBlob({ type, quality });
  } catch (error) {
    throw new ExportError('ENCODE_FAILED', `This browser could not encode the ${width}×${height} image; a smaller size may work.`, { cause: error });
  }
  // Browsers without an encoder for the type quietly return PNG instead (Safari for WebP).
  if (blob.type !== type) throw new ExportError('UNSUPPORTED', `This browser cannot write ${type === 'image/webp' ? 'WebP' : 'JPEG'} images; choose PNG instead.`);
  return new Uint8Array(await blob.arrayBuffer());
};
