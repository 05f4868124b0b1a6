import { describe, expect, it } from 'vitest';
import { mat4, vec4 } from 'gl-matrix';
import type { Bounds, Vec3 } from '../../../engine/scene/types';
import { emptyBounds } from '../../../engine/scene/bounds';
import { defaultCamera, type CameraState } from '../../../engine/views/camera';
import { frameBounds } from '../../../engine/views/frame';
import { corners, project } from './project';

const deg = Math.PI / 180;

/** A camera looking at the origin from the given azimuth/elevation (Y up). */
function lookingFrom(azimuth: number, elevation: number, projection: CameraState['projection']): CameraState {
  const d = 5;
  const position: Vec3 = [d * Math.cos(elevation) * Math.sin(azimuth), d * Math.sin(elevation), d * Math.cos(elevation) * Math.cos(azimuth)];
  return { ...defaultCamera(), position, projection };
}

function boxAt(center: Vec3, size: Vec3): Bounds {
  return {
    min: [center[0] - size[0] / 2, center[1] - size[1] / 2, center[2] - size[2] / 2],
    max: [center[0] + size[0] / 2, center[1] + size[1] / 2, center[2] + size[2] / 2],
  };
}

function direction(camera: CameraState): Vec3 {
  const v: Vec3 = [camera.position[0] - camera.target[0], camera.position[1] - camera.target[1], camera.position[2] - camera.target[2]];
  const l = Math.hypot(...v);
  return [v[0] / l, v[1] / l, v[2] / l];
}

/** Corners inside NDC, between near and far, centred in the image; returns the larger half-extent of the projection. */
function checkFramed(bounds: Bounds, camera: CameraState, aspect: number): number {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const corner of corners(bounds.min, bounds.max)) {
    const p = project(camera, aspect, corner);
    expect(Math.abs(p.x)).toBeLessThanOrEqual(1);
    expect(Math.abs(p.y)).toBeLessThanOrEqual(1);
    expect(p.depth).toBeGreaterThan(camera.near);
    expect(p.depth).toBeLessThan(camera.far);
    minX = Math.min(minX, p.x); maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y); maxY = Math.max(maxY, p.y);
  }
  expect(Math.abs(maxX + minX)).toBeLessThan(1e-6);
  expect(Math.abs(maxY + minY)).toBeLessThan(1e-6);
  return Math.max((maxX - minX) / 2, (maxY - minY) / 2);
}

/** The target lies in the plane through the bounds centre facing the camera, within the bounds. */
function checkTarget(bounds: Bounds, camera: CameraState): void {
  const centre = [0, 1, 2].map((i) => (bounds.min[i] + bounds.max[i]) / 2);
  const d = direction(camera);
  const offset = [0, 1, 2].map((i) => camera.target[i] - centre[i]);
  const size = Math.hypot(...[0, 1, 2].map((i) => bounds.max[i] - bounds.min[i]));
  expect(Math.abs(offset[0] * d[0] + offset[1] * d[1] + offset[2] * d[2])).toBeLessThanOrEqual(size * 1e-9);
  expect(Math.hypot(...offset)).toBeLessThanOrEqual(size / 2);
}

const scales = [1e-3, 1, 1e5];
const shapes: Vec3[] = [[1, 1, 1], [2, 2, 0], [4, 1, 1], [0.2, 3, 0.2], [1, 0.1, 6]];
const views = [[0, 0], [35 * deg, 25 * deg], [-120 * deg, -40 * deg], [90 * deg, 80 * deg]];
const aspects = [1, 16 / 9, 0.5];

describe('frameBounds', () => {
  for (const projection of ['perspective', 'orthographic'] as const) {
    for (const s of scales) {
      it(`${projection}: bounds of size ${s}, centred or offset, fill the view from any direction`, () => {
        let smallest = Infinity;
        for (const offset of [0, 7.5 * s, 1e3 * s]) {
          for (const shape of shapes) {
            const bounds = boxAt([offset, -offset / 2, offset / 3], [shape[0] * s, shape[1] * s, shape[2] * s]);
            for (const [az, el] of views) {
              for (const aspect of aspects) {
                const before = lookingFrom(az, el, projection);
                const framed = frameBounds(bounds, before, aspect);
                checkTarget(bounds, framed);
                const [a, b] = [direction(before), direction(framed)];
                for (let i = 0; i < 3; i++) expect(b[i]).toBeCloseTo(a[i], 9);
                smallest = Math.min(smallest, checkFramed(bounds, framed, aspect));
              }
            }
          }
        }
        // the tighter pair of margins is exactly the 10% padding
        expect(smallest).toBeGreaterThan(0.9 - 1e-6);
      });
    }
  }

  it('a long pole seen nearly end-on is centred on screen, not on its middle', () => {
    const bounds = boxAt([0, 0, 0], [0.2, 3, 0.2]);
    for (const aspect of aspects) {
      const framed = frameBounds(bounds, lookingFrom(90 * deg, 80 * deg, 'perspective'), aspect);
      expect(checkFramed(bounds, framed, aspect)).toBeCloseTo(0.9, 6);
      // the near (top) end looms larger, so the target shifts toward it
      expect(framed.target[1]).toBeGreaterThan(0);
    }
  });

  it('touches the padded edge: a larger padding leaves a smaller model', () => {
    const bounds = boxAt([1, 2, 3], [1, 2, 1]);
    const camera = lookingFrom(30 * deg, 20 * deg, 'perspective');
    const tight = checkFramed(bounds, frameBounds(bounds, camera, 1.5, 0), 1.5);
    const loose = checkFramed(bounds, frameBounds(bounds, camera, 1.5, 0.3), 1.5);
    expect(tight).toBeGreaterThan(0.9);
    expect(loose).toBeLessThan(tight);
  });

  it('agrees with a float32 gl-matrix projection at 1e5 scale', () => {
    const bounds = boxAt([2e5, 1e5, -3e5], [1e5, 5e4, 2e5]);
    const aspect = 4 / 3;
    const camera = frameBounds(bounds, lookingFrom(40 * deg, 30 * deg, 'perspective'), aspect);
    const view = mat4.lookAt(mat4.create(), camera.position, camera.target, camera.up);
    const proj = mat4.perspectiveZO(mat4.create(), camera.fovY, aspect, camera.near, camera.far);
    const viewProj = mat4.multiply(mat4.create(), proj, view);
    for (const corner of corners(bounds.min, bounds.max)) {
      const clip = vec4.transformMat4(vec4.create(), [...corner, 1], viewProj);
      const [x, y, z] = [clip[0] / clip[3], clip[1] / clip[3], clip[2] / clip[3]];
      const expected = project(camera, aspect, corner);
      expect(x).toBeCloseTo(expected.x, 3);
      expect(y).toBeCloseTo(expected.y, 3);
      expect(z).toBeGreaterThan(0);
      expect(z).toBeLessThan(1);
    }
  });

  it('frames a single point and empty bounds with a finite, usable camera', () => {
    const point: Bounds = { min: [3, 4, 5], max: [3, 4, 5] };
    const far: Bounds = { min: [1e6, 0, 0], max: [1e6, 0, 0] };
    for (const bounds of [point, far, emptyBounds()]) {
      const framed = frameBounds(bounds, defaultCamera(), 1);
      for (const v of [...framed.position, ...framed.target, framed.near, framed.far]) expect(Number.isFinite(v)).toBe(true);
      expect(framed.near).toBeGreaterThan(0);
      expect(framed.far).toBeGreaterThan(framed.near);
      const p = project(framed, 1, framed.target);
      expect(p.depth).toBeGreaterThan(framed.near);
      expect(p.depth).toBeLessThan(framed.far);
    }
    // the stand-in cube has radius 1 here; centring its projection moves the target less than that
    const pointTarget = frameBounds(point, defaultCamera(), 1).target;
    expect(Math.hypot(pointTarget[0] - 3, pointTarget[1] - 4, pointTarget[2] - 5)).toBeLessThan(1);
    const emptyTarget = frameBounds(emptyBounds(), { ...defaultCamera(), target: [1, 2, 3] }, 1).target;
    expect(Math.hypot(emptyTarget[0] - 1, emptyTarget[1] - 2, emptyTarget[2] - 3)).toBeLessThan(1);
  });

  it('survives a camera sitting on its target, an up parallel to the view and a bad aspect', () => {
    const bounds = boxAt([0, 0, 0], [1, 1, 1]);
    const onTarget = { ...defaultCamera(), position: [0, 0, 0] as Vec3 };
    const lookingDown = { ...defaultCamera(), position: [0, 5, 0] as Vec3 };
    for (const [camera, aspect] of [[onTarget, 1], [lookingDown, 1], [defaultCamera(), NaN], [defaultCamera(), 0]] as const) {
      const framed = frameBounds(bounds, camera, aspect);
      const used = Number.isFinite(aspect) && aspect > 0 ? aspect : 1;
      expect(checkFramed(bounds, framed, used)).toBeCloseTo(0.9, 6);
      const u = framed.up, d = direction(framed);
      expect(Math.abs(u[0] * d[0] + u[1] * d[1] + u[2] * d[2])).toBeLessThan(1e-9);
    }
  });
});
