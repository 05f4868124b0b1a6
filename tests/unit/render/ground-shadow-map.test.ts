// The ground shadow's darkness grid, computed on the CPU: dark under what rests on the ground, fading outward and
// with height, zero at the square's edge, lying across whichever axis is up.
import { describe, expect, it } from 'vitest';
import { createGeometry, createMaterial, createMesh, createNode, createScene } from '../../../engine/scene/factory';
import { computeGroundShadow } from '../../../engine/render/ground-shadow-map';
import type { Vec3 } from '../../../engine/scene/types';

/** An axis-aligned box from `min` to `max` (triangles only; the shadow ignores normals). */
function boxScene(min: Vec3, max: Vec3) {
  const positions: number[] = [];
  for (let i = 0; i < 8; i++) positions.push(i & 1 ? max[0] : min[0], i & 2 ? max[1] : min[1], i & 4 ? max[2] : min[2]);
  const faces = [[0, 1, 3, 2], [4, 6, 7, 5], [0, 4, 5, 1], [2, 3, 7, 6], [0, 2, 6, 4], [1, 5, 7, 3]];
  const indices = faces.flatMap(([a, b, c, d]) => [a, b, c, a, c, d]);
  const geometry = createGeometry({ positions: new Float32Array(positions), indices: new Uint32Array(indices) });
  return createScene('box', [createNode({ mesh: createMesh('box', [{ geometry, material: createMaterial() }]) })]);
}

/** Darkness at a world point on the ground (u along axisU, v along axisV, both in world units from the centre). */
function darknessAt(map: NonNullable<ReturnType<typeof computeGroundShadow>>, u: number, v: number): number {
  const halfU = Math.hypot(...map.plane.axisU), halfV = Math.hypot(...map.plane.axisV);
  const x = Math.floor(((u / halfU + 1) / 2) * map.size), y = Math.floor(((v / halfV + 1) / 2) * map.size);
  return map.darkness[y * map.size + x];
}

describe('ground shadow map', () => {
  it('is dark under a box resting on the ground, fades outward and is zero at the edge', () => {
    const map = computeGroundShadow(boxScene([-0.5, 0, -0.5], [0.5, 1, 0.5]), 'y', 0.5)!;
    expect(map.plane.center[1]).toBeLessThan(0);
    expect(map.plane.center[1]).toBeGreaterThan(-0.01);
    // u × v points up, so the square faces the viewer above it
    const [u, v] = [map.plane.axisU, map.plane.axisV];
    expect(u[2] * v[0] - u[0] * v[2]).toBeGreaterThan(0);
    expect(darknessAt(map, 0, 0)).toBeGreaterThan(0.95);
    const justOutside = darknessAt(map, 0.53, 0), fartherOut = darknessAt(map, 0.65, 0);
    expect(justOutside).toBeGreaterThan(0.2);
    expect(fartherOut).toBeLessThan(justOutside);
    for (let i = 0; i < map.size; i++) {
      expect(map.darkness[i]).toBeLessThan(0.01);
      expect(map.darkness[i * map.size]).toBeLessThan(0.01);
    }
  });

  it('is fainter under a part held above the ground than under one resting on it', () => {
    // a thin slab held at mid-height over a post that touches the ground at x = 0.8
    const slab = boxScene([-1, 0.5, -0.5], [0.6, 0.6, 0.5]);
    const post = boxScene([0.7, 0, -0.1], [0.9, 0.6, 0.1]);
    const scene = createScene('table', [...slab.roots, ...post.roots]);
    const map = computeGroundShadow(scene, 'y', 0.2)!;
    const centreU = map.plane.center[0];
    expect(darknessAt(map, 0.8 - centreU, 0)).toBeGreaterThan(darknessAt(map, -0.5 - centreU, 0) + 0.3);
  });

  it('lies across z when z is up, under the lowest z', () => {
    const map = computeGroundShadow(boxScene([-0.5, -0.5, 2], [0.5, 0.5, 3]), 'z', 0.5)!;
    expect(map.plane.center[2]).toBeCloseTo(2, 2);
    expect(map.plane.axisU[2]).toBe(0);
    expect(map.plane.axisV[2]).toBe(0);
    const [u, v] = [map.plane.axisU, map.plane.axisV];
    expect(u[0] * v[1] - u[1] * v[0]).toBeGreaterThan(0);
    expect(darknessAt(map, 0, 0)).toBeGreaterThan(0.95);
  });

  it('gives nothing for a scene without surfaces', () => {
    expect(computeGroundShadow(createScene('empty', []), 'y', 0.5)).toBeNull();
  });
});
