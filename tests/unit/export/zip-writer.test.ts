// The streaming ZIP writer: entries unzip to the exact inputs, in order; abort drops everything.
import { describe, expect, it } from 'vitest';
import { unzipSync, strToU8 } from 'fflate';
import { createZipWriter } from '../../../engine/export/zip-writer';
import { ExportError } from '../../../engine/export/export-errors';

/** Deterministic bytes that look random (an integer hash of the index), so failures reproduce. */
function scrambled(length: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => {
    const h = Math.imul(i ^ (i >>> 16), 0x45d9f3b);
    return (Math.imul(h ^ (h >>> 16), 0x45d9f3b) >>> 16) & 255;
  });
}

/** Byte comparison without a deep-equal walk over 70,000 elements. */
function same(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

async function unzip(blob: Blob): Promise<Record<string, Uint8Array>> {
  return unzipSync(new Uint8Array(await blob.arrayBuffer()));
}

describe('createZipWriter', () => {
  it('writes stored and deflated entries that unzip to the same bytes, in order', async () => {
    const png = scrambled(70_000);
    const json = strToU8(JSON.stringify({ views: Array.from({ length: 500 }, (_, i) => ({ i, name: 'front' })) }));
    const empty = new Uint8Array(0);
    const zip = createZipWriter();
    zip.add('helmet_front.png', png, false);
    zip.add('cameras.json', json, true);
    zip.add('folder/empty.txt', empty, true);
    zip.add('Ünïcode_view.png', png.subarray(10, 20), false);
    const blob = zip.finish();
    expect(blob.type).toBe('application/zip');
    expect(blob.size).toBe(zip.byteLength);
    // Deflate must actually have shrunk the JSON: the archive is smaller than its inputs.
    expect(blob.size).toBeLessThan(png.length + json.length);
    const files = await unzip(blob);
    expect(Object.keys(files)).toEqual(['helmet_front.png', 'cameras.json', 'folder/empty.txt', 'Ünïcode_view.png']);
    expect(same(files['helmet_front.png'], png)).toBe(true);
    expect(same(files['cameras.json'], json)).toBe(true);
    expect(files['folder/empty.txt']).toEqual(empty);
    expect(files['Ünïcode_view.png']).toEqual(png.slice(10, 20));
  });

  it('streams: bytes are produced as entries are added, and later changes to the input do not leak in', async () => {
    const zip = createZipWriter();
    const bytes = new Uint8Array([1, 2, 3, 4]);
    zip.add('a.bin', bytes, false);
    const afterFirst = zip.byteLength;
    expect(afterFirst).toBeGreaterThan(bytes.length);
    bytes.fill(9);
    zip.add('b.bin', bytes, false);
    expect(zip.byteLength).toBeGreaterThan(afterFirst);
    const files = await unzip(zip.finish());
    expect(Array.from(files['a.bin'])).toEqual([1, 2, 3, 4]);
    expect(Array.from(files['b.bin'])).toEqual([9, 9, 9, 9]);
  });

  it('produces identical archives for a fixed modification time', async () => {
    const build = async (): Promise<Uint8Array> => {
      const zip = createZipWriter({ modified: new Date(2024, 0, 2, 3, 4, 6) });
      zip.add('x.json', strToU8('{"a":1}'), true);
      return new Uint8Array(await zip.finish().arrayBuffer());
    };
    expect(await build()).toEqual(await build());
  });

  it('refuses duplicate and unsafe names', () => {
    const zip = createZipWriter();
    zip.add('a.png', new Uint8Array(1), false);
    for (const name of ['a.png', '', '../evil.png', '/abs.png', 'a\\b.png', 'a//b.png']) {
      expect(() => zip.add(name, new Uint8Array(1), false), name).toThrowError(ExportError);
    }
  });

  it('aborts: drops the data and refuses further use with code ABORTED', () => {
    const zip = createZipWriter();
    zip.add('a.png', new Uint8Array(100), false);
    zip.abort();
    zip.abort();
    expect(zip.byteLength).toBe(0);
    expect(() => zip.add('b.png', new Uint8Array(1), false)).toThrowError(expect.objectContaining({ code: 'ABORTED' }));
    expect(() => zip.finish()).toThrowError(expect.objectContaining({ code: 'ABORTED' }));
  });

  it('cannot be added to after finishing', () => {
    const zip = createZipWriter();
    zip.finish();
    expect(() => zip.add('late.png', new Uint8Array(1), false)).toThrowError(ExportError);
  });
});
