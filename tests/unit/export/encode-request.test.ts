// The worker's request handler, run directly in Node: PNG paths for real, canvas formats through a stand-in.
import { describe, expect, it, vi } from 'vitest';
import { decode } from 'fast-png';
import { handleEncodeRequest, responseTransferables, type CanvasEncode, type EncodeRequest } from '../../../engine/export/encode-request';

const noCanvas: CanvasEncode = () => Promise.reject(new Error('no canvas in this test'));

function request(overrides: Partial<EncodeRequest>): EncodeRequest {
  return { id: 1, kind: 'png', width: 2, height: 1, pixels: new Uint8Array([255, 0, 0, 7, 1, 2, 3, 255]).buffer, ...overrides };
}

describe('handleEncodeRequest', () => {
  it('encodes PNG exactly and answers with the same id and transferable bytes', async () => {
    const response = await handleEncodeRequest(request({ id: 42 }), noCanvas);
    if (!('bytes' in response)) throw new Error(response.error.message);
    expect(response.id).toBe(42);
    expect(Array.from(decode(response.bytes).data)).toEqual([255, 0, 0, 7, 1, 2, 3, 255]);
    expect(responseTransferables(response)).toEqual([response.bytes.buffer]);
  });

  it('encodes 16-bit greyscale PNG', async () => {
    const pixels = new Uint16Array([0, 1, 65535]).buffer;
    const response = await handleEncodeRequest(request({ kind: 'png16', width: 3, height: 1, pixels }), noCanvas);
    if (!('bytes' in response)) throw new Error(response.error.message);
    const decoded = decode(response.bytes);
    expect(decoded.depth).toBe(16);
    expect(Array.from(decoded.data)).toEqual([0, 1, 65535]);
  });

  it('reports a typed error for a pixel buffer of the wrong length', async () => {
    const response = await handleEncodeRequest(request({ id: 7, width: 2, height: 2 }), noCanvas);
    expect(response).toEqual({ id: 7, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/needs 16 bytes.*got 8 bytes/) } });
    expect(responseTransferables(response)).toEqual([]);
  });

  it('reports sizes past the format limit as TOO_LARGE before touching the pixels', async () => {
    const response = await handleEncodeRequest(request({ kind: 'webp', width: 20000, height: 1 }), noCanvas);
    expect(response).toMatchObject({ error: { code: 'TOO_LARGE' } });
  });

  it('flattens JPEG onto the background before the canvas sees it, and clamps quality', async () => {
    const canvas = vi.fn<CanvasEncode>(async () => new Uint8Array([0xff, 0xd8]));
    const response = await handleEncodeRequest(request({ kind: 'jpeg', background: [0, 0, 0], quality: 3 }), canvas);
    expect(response).toEqual({ id: 1, bytes: new Uint8Array([0xff, 0xd8]) });
    const [pixels, width, height, type, quality] = canvas.mock.calls[0];
    // Red at alpha 7 over black: 255·7/255 = 7.
    expect(Array.from(pixels)).toEqual([7, 0, 0, 255, 1, 2, 3, 255]);
    expect([width, height, type, quality]).toEqual([2, 1, 'image/jpeg', 1]);
  });

  it('turns an unexpected failure into ENCODE_FAILED with a plain message', async () => {
    const response = await handleEncodeRequest(request({ kind: 'webp' }), noCanvas);
    expect(response).toMatchObject({ id: 1, error: { code: 'ENCODE_FAILED', message: expect.stringMatching(/could not be encoded/) } });
  });
});
