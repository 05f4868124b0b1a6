// PLY: ASCII and binary in both byte orders, colours to linear, polygons fanned, point clouds, bad indices.
import { describe, expect, it } from 'vitest';
import { parseModel } from '../../../engine/loaders/index';
import { srgbByteToLinear } from '../../../engine/loaders/geometry/colors';
import { expectLoadError, file, only, round, text } from './helpers';

const HEADER = (format: string, faces: number) =>
  `ply\nformat ${format} 1.0\ncomment made by hand\nelement vertex 4\nproperty float x\nproperty float y\nproperty float z\n` +
  `property uchar red\nproperty uchar green\nproperty uchar blue\n` +
  (faces ? `element face ${faces}\nproperty list uchar int vertex_indices\n` : '') +
  'end_header\n';

const VERTS = [
  [0, 0, 0, 255, 0, 0],
  [1, 0, 0, 0, 128, 0],
  [1, 1, 0, 0, 0, 255],
  [0, 1, 0, 255, 255, 255],
];

function binaryPly(littleEndian: boolean, faces: number[][]): Uint8Array {
  const head = text(HEADER(littleEndian ? 'binary_little_endian' : 'binary_big_endian', faces.length));
  const size = head.length + VERTS.length * 15 + faces.reduce((n, f) => n + 1 + 4 * f.length, 0);
  const out = new Uint8Array(size);
  out.set(head);
  const view = new DataView(out.buffer);
  let o = head.length;
  for (const v of VERTS) {
    for (let k = 0; k < 3; k++, o += 4) view.setFloat32(o, v[k], littleEndian);
    for (let k = 3; k < 6; k++) view.setUint8(o++, v[k]);
  }
  for (const f of faces) {
    view.setUint8(o++, f.length);
    for (const i of f) {
      view.setInt32(o, i, littleEndian);
      o += 4;
    }
  }
  return out;
}

describe('PLY', () => {
  it('reads ASCII with vertex colours converted from sRGB bytes to linear, and fans a quad', async () => {
    const ply = HEADER('ascii', 1) + VERTS.map((v) => v.join(' ')).join('\n') + '\n4 0 1 2 3\n';
    const { geometry, material } = only(await parseModel([file('quad.ply', ply)])).primitive;
    expect(geometry.topology).toBe('triangle-list');
    // No normals in the file: flat normals, so the quad is un-indexed into two triangles.
    expect(geometry.positions.length).toBe(18);
    expect(round(geometry.normals!.slice(0, 3))).toEqual([0, 0, 1]);
    expect(round(geometry.colors!.slice(0, 4))).toEqual([1, 0, 0, 1]);
    expect(round(geometry.colors!.slice(4, 8))).toEqual(round([0, srgbByteToLinear(128), 0, 1]));
    expect(material.baseColorFactor).toEqual([1, 1, 1, 1]);
  });

  it('reads binary little- and big-endian the same', async () => {
    const faces = [[0, 1, 2], [0, 2, 3]];
    const le = only(await parseModel([file('a.ply', binaryPly(true, faces))])).primitive.geometry;
    const be = only(await parseModel([file('a.ply', binaryPly(false, faces))])).primitive.geometry;
    expect(Array.from(be.positions)).toEqual(Array.from(le.positions));
    expect(Array.from(be.colors!)).toEqual(Array.from(le.colors!));
    expect(round(le.positions.slice(0, 9))).toEqual([0, 0, 0, 1, 0, 0, 1, 1, 0]);
  });

  it('reads a file without faces as a point cloud', async () => {
    const { geometry } = only(await parseModel([file('cloud.ply', binaryPly(true, []))])).primitive;
    expect(geometry.topology).toBe('point-list');
    expect(geometry.normals).toBeNull();
    expect(geometry.bounds).toEqual({ min: [0, 0, 0], max: [1, 1, 0] });
  });

  it('rejects faces pointing past the vertices and files shorter than their header says', async () => {
    await expectLoadError([file('bad.ply', binaryPly(true, [[0, 1, 9]]))], 'INVALID_PLY', /vertex 9/);
    await expectLoadError([file('short.ply', binaryPly(true, [[0, 1, 2]]).slice(0, -3))], 'INVALID_PLY', /ends before/);
    await expectLoadError([file('huge.ply', 'ply\nformat binary_little_endian 1.0\nelement vertex 4000000000\nproperty float x\nproperty float y\nproperty float z\nend_header\n')], 'INVALID_PLY', /more than the file holds/);
    await expectLoadError([file('nohead.ply', 'ply\nformat ascii 1.0\nelement vertex 1\n')], 'INVALID_PLY', /end_header/);
  });
});
