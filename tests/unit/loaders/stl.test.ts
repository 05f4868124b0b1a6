// STL: ASCII and binary (including binary whose header starts with "solid"), counts checked against the size.
import { describe, expect, it } from 'vitest';
import { parseModel } from '../../../engine/loaders/index';
import { expectLoadError, file, only, round, text } from './helpers';

function binaryStl(triangles: number[][], header = 'binary stl', declared = triangles.length): Uint8Array {
  const out = new Uint8Array(84 + 50 * triangles.length);
  out.set(text(header).subarray(0, 80));
  const view = new DataView(out.buffer);
  view.setUint32(80, declared, true);
  triangles.forEach((t, i) => t.forEach((v, k) => view.setFloat32(84 + i * 50 + 12 + k * 4, v, true)));
  return out;
}

const TRI = [0, 0, 0, 1, 0, 0, 0, 1, 0];
const TRI_DOWN = [0, 0, 0, 0, 1, 0, 1, 0, 0];

describe('STL', () => {
  it('reads ASCII with flat normals and a grey material', async () => {
    const ascii = `solid part\nfacet normal 0 0 0\n outer loop\n  vertex 0 0 0\n  vertex 1 0 0\n  vertex 0 1 0\n endloop\nendfacet\nendsolid part\n`;
    const { geometry, material } = only(await parseModel([file('part.stl', ascii)])).primitive;
    expect(round(geometry.positions)).toEqual(TRI);
    expect(round(geometry.normals)).toEqual([0, 0, 1, 0, 0, 1, 0, 0, 1]);
    expect(geometry.indices).toBeNull();
    expect(material.metallicFactor).toBe(0);
    expect(material.baseColorFactor[0]).toBeLessThan(1);
  });

  it('reads binary, and binary whose header begins with "solid", by its size', async () => {
    for (const header of ['binary stl', 'solid but actually binary']) {
      const { geometry } = only(await parseModel([file('part.stl', binaryStl([TRI, TRI_DOWN], header))])).primitive;
      expect(round(geometry.positions)).toEqual([...TRI, ...TRI_DOWN]);
      expect(round(geometry.normals!.slice(9, 12))).toEqual([0, 0, -1]);
    }
  });

  it('rejects a binary STL whose triangle count is larger than the file', async () => {
    await expectLoadError([file('lying.stl', binaryStl([TRI], 'solid liar', 1000))], 'INVALID_STL', /1000 triangles.*1\b/);
  });

  it('rejects garbage and refuses an ASCII STL without triangles', async () => {
    await expectLoadError([file('junk.stl', new Uint8Array([0, 1, 2, 3, 4]))], 'INVALID_STL');
    await expectLoadError([file('empty.stl', 'solid nothing\nendsolid nothing\n')], 'EMPTY_MODEL');
    await expectLoadError([file('bad.stl', 'solid x\nfacet normal 0 0 1\nouter loop\nvertex 0 0 zero\n')], 'INVALID_STL', /line 4/);
  });
});
