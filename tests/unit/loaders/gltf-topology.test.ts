// glTF primitive modes become list topologies; strips keep their winding; missing normals become flat normals.
import { describe, expect, it } from 'vitest';
import { parseModel } from '../../../engine/loaders/index';
import { listIndices } from '../../../engine/loaders/geometry/topology';
import { BinBuilder, gltfFiles, only, round } from './helpers';

async function load(positions: number[], mode: number, indices?: number[]) {
  const bin = new BinBuilder();
  const pos = bin.add(new Float32Array(positions));
  const accessors: object[] = [{ bufferView: pos, componentType: 5126, count: positions.length / 3, type: 'VEC3' }];
  const primitive: Record<string, unknown> = { attributes: { POSITION: 0 }, mode };
  if (indices) {
    accessors.push({ bufferView: bin.add(new Uint16Array(indices)), componentType: 5123, count: indices.length, type: 'SCALAR' });
    primitive.indices = 1;
  }
  const scene = await parseModel(gltfFiles({ accessors, meshes: [{ primitives: [primitive] }], nodes: [{ mesh: 0 }], scenes: [{ nodes: [0] }] }, bin));
  return only(scene).primitive.geometry;
}

/** Signed area (z of the cross product) of each triangle of a non-indexed triangle list. */
function windings(positions: Float32Array): number[] {
  const out: number[] = [];
  for (let o = 0; o + 8 < positions.length; o += 9) {
    const ux = positions[o + 3] - positions[o], uy = positions[o + 4] - positions[o + 1];
    const vx = positions[o + 6] - positions[o], vy = positions[o + 7] - positions[o + 1];
    out.push(Math.sign(ux * vy - uy * vx));
  }
  return out;
}

const STRIP = [0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1, 0, 0, 2, 0, 1, 2, 0];

describe('glTF primitive modes', () => {
  it('turns a non-indexed TRIANGLE_STRIP into a counter-clockwise triangle list with flat normals', async () => {
    const g = await load(STRIP, 5);
    expect(g.topology).toBe('triangle-list');
    expect(g.indices).toBeNull();
    expect(g.positions.length).toBe(4 * 9);
    expect(windings(g.positions)).toEqual([1, 1, 1, 1]);
    for (let i = 0; i < g.normals!.length; i += 3) expect(round(g.normals!.slice(i, i + 3))).toEqual([0, 0, 1]);
  });

  it('keeps the winding of an indexed TRIANGLE_STRIP', async () => {
    const g = await load(STRIP, 5, [0, 1, 2, 3, 4, 5]);
    expect(windings(g.positions)).toEqual([1, 1, 1, 1]);
  });

  it('turns a TRIANGLE_FAN into triangles around its first vertex', async () => {
    const g = await load([0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0], 6);
    expect(g.positions.length).toBe(2 * 9);
    expect(windings(g.positions)).toEqual([1, 1]);
    // Each fan triangle ends at the centre vertex.
    expect(round(g.positions.slice(6, 9))).toEqual([0, 0, 0]);
    expect(round(g.positions.slice(15, 18))).toEqual([0, 0, 0]);
  });

  it('un-indexes indexed TRIANGLES without normals so each face has its own normal', async () => {
    // Two triangles folded along the x axis: one in the XY plane, one in the XZ plane.
    const g = await load([0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1], 4, [0, 1, 2, 0, 3, 1]);
    expect(g.indices).toBeNull();
    expect(g.positions.length).toBe(18);
    expect(round(g.normals!.slice(0, 3))).toEqual([0, 0, 1]);
    expect(round(g.normals!.slice(9, 12))).toEqual([0, 1, 0]);
  });

  it('turns LINE_LOOP and LINE_STRIP into line lists', async () => {
    const tri = [0, 0, 0, 1, 0, 0, 0, 1, 0];
    const loop = await load(tri, 2);
    expect(loop.topology).toBe('line-list');
    expect(Array.from(loop.indices!)).toEqual([0, 1, 1, 2, 2, 0]);
    expect(loop.normals).toBeNull();
    const strip = await load(tri, 3, [2, 0, 1]);
    expect(Array.from(strip.indices!)).toEqual([2, 0, 0, 1]);
    const lines = await load(tri.concat([1, 1, 0]), 1);
    expect(lines.topology).toBe('line-list');
    expect(lines.indices).toBeNull();
  });

  it('keeps POINTS as a point list without normals', async () => {
    const g = await load([0, 0, 0, 5, 5, 5], 0);
    expect(g.topology).toBe('point-list');
    expect(g.normals).toBeNull();
    expect(g.bounds).toEqual({ min: [0, 0, 0], max: [5, 5, 5] });
  });
});

describe('listIndices', () => {
  it('drops the zero-area triangles strips use as restarts', () => {
    // Strip 0 1 2 | restart via 2 2 3 3 | 3 4 5
    const out = listIndices(5, new Uint32Array([0, 1, 2, 2, 3, 3, 4, 5]), 6);
    for (let t = 0; t < out!.length; t += 3) {
      const [a, b, c] = out!.slice(t, t + 3);
      expect(a !== b && b !== c && a !== c).toBe(true);
    }
    expect(Array.from(out!.slice(0, 3))).toEqual([0, 1, 2]);
  });

  it('trims a triangle list whose length is not a multiple of three', () => {
    expect(Array.from(listIndices(4, new Uint32Array([0, 1, 2, 3]), 4)!)).toEqual([0, 1, 2]);
    expect(listIndices(4, null, 6)).toBeNull();
  });
});
