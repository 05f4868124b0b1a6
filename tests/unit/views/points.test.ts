import { describe, expect, it } from 'vitest';
import type { Vec3 } from '../../../engine/scene/types';
import { createGeometry, createMaterial, createMesh, createNode, createScene } from '../../../engine/scene/factory';
import { sceneBounds } from '../../../engine/scene/world';
import { defaultCamera, type CameraState } from '../../../engine/views/camera';
import { frameBounds, framePoints } from '../../../engine/views/frame';
import { pointsBounds, scenePoints, type PointSource } from '../../../engine/views/points';
import { createDemoScene } from '../../../engine/demo/demo-scene';
import { project } from './project';

function collect(points: PointSource): Vec3[] {
  const out: Vec3[] = [];
  points((x, y, z) => out.push([x, y, z]));
  return out;
}

/** Largest |NDC| over all points, after checking each is inside the image and the depth range. */
function widestReach(points: PointSource, camera: CameraState, aspect: number): number {
  let reach = 0;
  let outsideDepthRange = 0;
  points((x, y, z) => {
    const p = project(camera, aspect, [x, y, z]);
    if (!(p.depth > camera.near && p.depth < camera.far)) outsideDepthRange++;
    reach = Math.max(reach, Math.abs(p.x), Math.abs(p.y));
  });
  expect(outsideDepthRange).toBe(0);
  return reach;
}

const threeQuarter: CameraState = { ...defaultCamera(), position: [3, 2.5, 4.5] };

describe('scenePoints', () => {
  it('streams referenced vertices in world space and skips the rest', () => {
    const geometry = createGeometry({
      positions: new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0, 500, 500, 500, NaN, 0, 0]),
      indices: new Uint32Array([0, 1, 2, 4, 1, 2]),
    });
    const node = createNode({ translation: [10, 0, 0], scale: [2, 2, 2], mesh: createMesh('m', [{ geometry, material: createMaterial() }]) });
    const points = collect(scenePoints(createScene('s', [node])));
    expect(points).toEqual([[10, 0, 0], [12, 0, 0], [10, 2, 0]]);
  });

  it('bounds of the points match the scene bounds for the demo', () => {
    const scene = createDemoScene();
    const a = pointsBounds(scenePoints(scene)), b = sceneBounds(scene);
    // points lie inside the transformed boxes, so their bounds can only be as tight or tighter
    for (let i = 0; i < 3; i++) {
      expect(a.min[i]).toBeGreaterThanOrEqual(b.min[i] - 1e-5);
      expect(a.max[i]).toBeLessThanOrEqual(b.max[i] + 1e-5);
    }
  });
});

describe('framePoints', () => {
  it('fits every vertex of the demo and touches the padded edge', () => {
    const points = scenePoints(createDemoScene());
    for (const aspect of [1, 16 / 9, 0.6]) {
      for (const projection of ['perspective', 'orthographic'] as const) {
        const camera = framePoints(points, { ...threeQuarter, projection }, aspect);
        const reach = widestReach(points, camera, aspect);
        expect(reach).toBeLessThanOrEqual(0.9 + 1e-9);
        expect(reach).toBeGreaterThan(0.899);
      }
    }
  });

  it('frames a round model more snugly than its bounding box does', () => {
    const ring: number[] = [];
    for (let k = 0; k < 64; k++) ring.push(Math.cos((k / 64) * 2 * Math.PI), 0, Math.sin((k / 64) * 2 * Math.PI));
    const positions = new Float32Array(ring);
    const points: PointSource = (visit) => { for (let i = 0; i < positions.length; i += 3) visit(positions[i], positions[i + 1], positions[i + 2]); };
    const snug = widestReach(points, framePoints(points, threeQuarter, 1), 1);
    const boxy = widestReach(points, frameBounds(pointsBounds(points), threeQuarter, 1), 1);
    expect(snug).toBeGreaterThan(boxy + 0.1);
  });

  it('treats no points like empty bounds', () => {
    const camera = framePoints(() => undefined, { ...defaultCamera(), target: [4, 5, 6] }, 1);
    expect(Math.hypot(camera.target[0] - 4, camera.target[1] - 5, camera.target[2] - 6)).toBeLessThan(1);
    expect(camera.near).toBeGreaterThan(0);
    expect(camera.far).toBeGreaterThan(camera.near);
  });
});

describe('scenePoints on a big model', () => {
  it('stands in a conservative grid: every vertex stays in view, the fit stays snug, and it is fast', () => {
    // a sphere of 200k random surface points: more than the exact limit
    const count = 200_000;
    const positions = new Float32Array(count * 3);
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
    for (let i = 0; i < count; i++) {
      const v = [random(), random(), random()];
      const l = Math.hypot(...v) || 1;
      positions.set([(v[0] / l) * 5 + 100, (v[1] / l) * 5, (v[2] / l) * 5], i * 3);
    }
    const scene = createScene('big', [createNode({ mesh: createMesh('m', [{ geometry: createGeometry({ positions }), material: createMaterial() }]) })]);
    const points = scenePoints(scene);
    expect(collect(points).length).toBeLessThan(count / 4);
    const started = performance.now();
    const camera = framePoints(points, threeQuarter, 1.5);
    const again = framePoints(points, camera, 1.5);
    expect(performance.now() - started).toBeLessThan(500);
    const exact: PointSource = (visit) => { for (let i = 0; i < positions.length; i += 3) visit(positions[i], positions[i + 1], positions[i + 2]); };
    const reach = widestReach(exact, again, 1.5);
    expect(reach).toBeLessThanOrEqual(0.9);
    // one grid cell of slack at most: 2 cells of a 10-unit model over a ~12-unit view
    expect(reach).toBeGreaterThan(0.8);
  });
});
