// The encoder worker's protocol and its request handler: a plain function, so Node tests can run the PNG paths.
import type { PixelData } from '../gpu/types';
import { compositeOver } from './composite';
import { encodePng, encodePng16 } from './encode-png';
import { ExportError } from './export-errors';
import type { RgbColor } from './types';

export type EncodeKind = 'png' | 'png16' | 'jpeg' | 'webp';

/** What the page asks for; the client adds the id. */
export interface EncodeJob {
  kind: EncodeKind;
  width: number;
  height: number;
  /** Straight RGBA8 (png, jpeg, webp) or one Uint16 per pixel (png16). Transferred: the caller's buffer is emptied. */
  pixels: ArrayBuffer;
  /** 0..1 for jpeg and webp (defaults 0.92 and 0.9). */
  quality?: number;
  /** The colour transparent pixels are flattened onto for jpeg (default white). */
  background?: RgbColor;
}

export interface EncodeRequest extends EncodeJob {
  id: number;
}

export type EncodeResponse = { id: number; bytes: Uint8Array } | { id: number; error: { code: string; message: string } };

/** Encodes straight RGBA with a canvas; injected so Node tests can run without OffscreenCanvas. */
export type CanvasEncode = (
  pixels: PixelData['data'],
  width: number,
  height: number,
  type: 'image/jpeg' | 'image/webp',
  quality: number,
) => Promise<Uint8Array>;

// Each format's largest side: JPEG stores 16-bit sizes, WebP 14-bit ones; PNG's limit is memory.
const MAX_SIDE: Record<EncodeKind, number> = { png: 2 ** 31 - 1, png16: 2 ** 31 - 1, jpeg: 65535, webp: 16383 };
const DEFAULT_QUALITY = { jpeg: 0.92, webp: 0.9 };

function checkRequest(request: EncodeRequest): void {
  const { kind, width, height, pixels } = request;
  if (!(kind in MAX_SIDE)) throw new ExportError('INVALID_INPUT', `"${String(kind)}" is not an image format the encoder knows.`);
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new ExportError('INVALID_INPUT', `The image size ${width}×${height} is not a whole number of pixels of at least 1×1.`);
  }
  if (width > MAX_SIDE[kind] || height > MAX_SIDE[kind]) {
    throw new ExportError('TOO_LARGE', `${kind.toUpperCase()} images can be at most ${MAX_SIDE[kind]} pixels on a side; this one is ${width}×${height}.`);
  }
  const bytesPerPixel = kind === 'png16' ? 2 : 4;
  if (!(pixels instanceof ArrayBuffer) || pixels.byteLength !== width * height * bytesPerPixel) {
    const got = pixels instanceof ArrayBuffer ? `${pixels.byteLength} bytes` : 'no pixel buffer';
    throw new ExportError('INVALID_INPUT', `A ${width}×${height} ${kind} image needs ${width * height * bytesPerPixel} bytes of pixels, but got ${got}.`);
  }
}

function qualityOf(request: EncodeRequest, kind: 'jpeg' | 'webp'): number {
  const q = request.quality;
  return typeof q === 'number' && Number.isFinite(q) ? Math.min(1, Math.max(0, q)) : DEFAULT_QUALITY[kind];
}

async function encodeBytes(request: EncodeRequest, canvasEncode: CanvasEncode): Promise<Uint8Array> {
  const { kind, width, height, pixels } = request;
  switch (kind) {
    case 'png':
      return encodePng({ width, height, data: new Uint8Array(pixels) });
    case 'png16':
      return encodePng16({ width, height, data: new Uint16Array(pixels) });
    case 'jpeg': {
      // Flattened here, in straight alpha, so the canvas never premultiplies and JPEG's missing alpha loses nothing else.
      const flat = compositeOver({ width, height, data: new Uint8Array(pixels) }, request.background ?? [255, 255, 255]);
      return canvasEncode(flat.data, width, height, 'image/jpeg', qualityOf(request, 'jpeg'));
    }
    case 'webp':
      // The canvas premultiplies alpha, rounding faint edge colours; acceptable for a lossy format.
      return canvasEncode(new Uint8Array(pixels), width, height, 'image/webp', qualityOf(request, 'webp'));
  }
}

/** Turns one request into its answer; never throws, so the worker always replies. */
export async function handleEncodeRequest(request: EncodeRequest, canvasEncode: CanvasEncode): Promise<EncodeResponse> {
  try {
    checkRequest(request);
    return { id: request.id, bytes: await encodeBytes(request, canvasEncode) };
  } catch (error) {
    const e = error instanceof ExportError ? error : new ExportError('ENCODE_FAILED', 'The image could not be encoded because of an unexpected problem in the app.', { cause: error });
    return { id: request.id, error: { code: e.code, message: e.message } };
  }
}

/** The buffers an answer hands over instead of copying. */
export function responseTransferables(response: EncodeResponse): Transferable[] {
  return 'bytes' in response ? [response.bytes.buffer as ArrayBuffer] : [];
}
