import { describe, expect, it } from 'vitest';
import type { Geometry } from '../../../engine/scene/types';
import { collectWorldItems, sceneBounds } from '../../../engine/scene/world';
import { isEmptyBounds } from '../../../engine/scene/bounds';
import { createDemoScene } from '../../../engine/demo/demo-scene';
import { createSphere } from '../../../engine/demo/sphere';
import { createRoundedBox } from '../../../engine/demo/rounded-box';
import { createPlinth } from '../../../engine/demo/plinth';
import { createTorus, createTorusKnot } from '../../../engine/demo/tube';
import { createCheckerImage } from '../../../engine/demo/checker';

function vertex(array: Float32Array, i: number): [number, number, number] {
  return [array[i * 3], array[i * 3 + 1], array[i * 3 + 2]];
}

/** Counts triangles whose counter-clockwise face normal points against their vertex normals (wrong winding). */
function inwardTriangles(g: Geometry): number {
  let bad = 0;
  const idx = g.indices!;
  for (let t = 0; t < idx.length; t += 3) {
    const [a, b, c] = [vertex(g.positions, idx[t]), vertex(g.positions, idx[t + 1]), vertex(g.positions, idx[t + 2])];
    const e1 = [b[0] - a[0], b[1] - a[1], b[2] - a[2]], e2 = [c[0] - a[0], c[1] - a[1], c[2] - a[2]];
    const face = [e1[1] * e2[2] - e1[2] * e2[1], e1[2] * e2[0] - e1[0] * e2[2], e1[0] * e2[1] - e1[1] * e2[0]];
    let along = 0;
    for (const v of [idx[t], idx[t + 1], idx[t + 2]]) {
      const n = vertex(g.normals!, v);
      along += face[0] * n[0] + face[1] * n[1] + face[2] * n[2];
    }
    if (!(along > 0)) bad++;
  }
  return bad;
}

function checkGeometry(g: Geometry): void {
  const vertexCount = g.positions.length / 3;
  expect(g.topology).toBe('triangle-list');
  expect(g.normals!.length).toBe(g.positions.length);
  expect(g.uvs!.length).toBe(vertexCount * 2);
  expect(g.indices!.length % 3).toBe(0);
  expect(g.indices!.length).toBeGreaterThan(0);
  expect(g.indices!.filter((i) => i >= vertexCount).length).toBe(0);
  let badNormals = 0;
  for (let v = 0; v < vertexCount; v++) if (Math.abs(Math.hypot(...vertex(g.normals!, v)) - 1) > 1e-5) badNormals++;
  expect(badNormals).toBe(0);
  expect([...g.positions, ...g.uvs!].every(Number.isFinite)).toBe(true);
  expect(isEmptyBounds(g.bounds)).toBe(false);
  expect(inwardTriangles(g)).toBe(0);
}

describe('procedural shapes', () => {
  const shapes: [string, () => Geometry][] = [
    ['sphere', () => createSphere(0.5, 16, 8)],
    ['rounded box', () => createRoundedBox(1, 0.2)],
    ['plinth', () => createPlinth(2, 0.1, 0.5, 32)],
    ['torus knot', () => createTorusKnot(1, 0.2, 2, 3, 64, 8)],
    ['torus', () => createTorus(1, 0.1, 32, 8)],
  ];
  for (const [name, make] of shapes) {
    it(`${name}: unit normals, indices in range, counter-clockwise outward faces`, () => checkGeometry(make()));
  }

  it('sphere and rounded box have the sizes asked for', () => {
    const sphere = createSphere(0.5, 16, 8).bounds;
    expect(sphere.max[1]).toBeCloseTo(0.5, 6);
    expect(sphere.min[1]).toBeCloseTo(-0.5, 6);
    const box = createRoundedBox(2, 0.3).bounds;
    for (let i = 0; i < 3; i++) {
      expect(box.max[i]).toBeCloseTo(1, 5);
      expect(box.min[i]).toBeCloseTo(-1, 5);
    }
  });

  it('checker image is RGBA8 of the stated size with both colours present', () => {
    const image = createCheckerImage(16, 2, [250, 250, 250], [10, 10, 10]);
    expect(image.data.length).toBe(16 * 16 * 4);
    expect(image.data[0]).toBeGreaterThan(200);
    expect(image.data[(0 * 16 + 8) * 4]).toBeLessThan(20);
    expect(image.data[3]).toBe(255);
  });
});

describe('createDemoScene', () => {
  const scene = createDemoScene();
  const items = collectWorldItems(scene);

  it('has finite, reasonably sized bounds resting on y = 0', () => {
    const b = sceneBounds(scene);
    for (const v of [...b.min, ...b.max]) expect(Number.isFinite(v)).toBe(true);
    expect(b.max[0] - b.min[0]).toBeGreaterThan(4);
    expect(b.max[0] - b.min[0]).toBeLessThan(10);
    expect(b.min[1]).toBeCloseTo(-0.12, 5);
    expect(b.max[1]).toBeGreaterThan(2);
  });

  it('every primitive is valid geometry', () => {
    expect(items.length).toBeGreaterThan(5);
    const seen = new Set<Geometry>();
    for (const item of items) {
      if (seen.has(item.primitive.geometry)) continue;
      seen.add(item.primitive.geometry);
      checkGeometry(item.primitive.geometry);
      expect(item.mirrored).toBe(false);
    }
  });

  it('shows the PBR range: metals and dielectrics across roughness, a texture, an emissive accent', () => {
    const materials = items.map((i) => i.primitive.material);
    const roughness = new Set(materials.filter((m) => m.metallicFactor === 1).map((m) => m.roughnessFactor));
    expect(roughness.size).toBeGreaterThanOrEqual(4);
    expect(materials.some((m) => m.metallicFactor === 0 && m.roughnessFactor < 0.3)).toBe(true);
    expect(materials.some((m) => m.baseColorTexture?.texture.image.kind === 'raw')).toBe(true);
    expect(materials.some((m) => Math.max(...m.emissiveFactor) * m.emissiveStrength > 1)).toBe(true);
  });

  it('stays light enough to build instantly and clone to a worker', () => {
    const geometries = [...new Set(items.map((i) => i.primitive.geometry))];
    const vertexCount = geometries.reduce((n, g) => n + g.positions.length / 3, 0);
    expect(geometries.length).toBeGreaterThan(3);
    expect(vertexCount).toBeLessThan(100_000);
    expect(() => structuredClone(scene)).not.toThrow();
  });
});
