import { describe, expect, it } from 'vitest';
import type { Vec3 } from '../../../engine/scene/types';
import { defaultCamera, type CameraState } from '../../../engine/views/camera';
import { cameraBasis } from '../../../engine/views/basis';
import {
  cameraFromOrbit,
  frameOrbit,
  MAX_ELEVATION,
  orbit,
  orbitFromCamera,
  pan,
  zoom,
  type OrbitState,
} from '../../../engine/views/orbit';
import { boundsPoints } from '../../../engine/views/points';
import { corners, project } from './project';

const deg = Math.PI / 180;

function state(overrides: Partial<OrbitState> = {}): OrbitState {
  return {
    target: [1, 2, 3],
    upAxis: 'y',
    azimuth: 30 * deg,
    elevation: 20 * deg,
    distance: 10,
    projection: 'perspective',
    fovY: 45 * deg,
    orthoHeight: 4,
    subject: { center: [1, 2, 3], radius: 2 },
    ...overrides,
  };
}

function distanceBetween(a: Vec3, b: Vec3): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

function expectVecClose(a: Vec3, b: Vec3, digits = 9): void {
  for (let i = 0; i < 3; i++) expect(a[i]).toBeCloseTo(b[i], digits);
}

describe('orbit rig (Y up)', () => {
  it('azimuth 0, elevation 0 looks from +Z like the default camera; positive azimuth moves toward +X', () => {
    const camera = cameraFromOrbit(state({ target: [0, 0, 0], azimuth: 0, elevation: 0, distance: 3 }));
    expectVecClose(camera.position, [0, 0, 3]);
    expect(camera.up).toEqual([0, 1, 0]);
    expect(cameraFromOrbit(state({ azimuth: 10 * deg })).position[0]).toBeGreaterThan(1);
    expect(cameraFromOrbit(state({ elevation: 10 * deg })).position[1]).toBeGreaterThan(2);
  });

  it('round-trips a camera pose through orbit state', () => {
    const camera = { ...defaultCamera(), position: [4, 5, -6] as Vec3, target: [1, 1, 1] as Vec3 };
    const back = cameraFromOrbit(orbitFromCamera(camera, { center: [1, 1, 1], radius: 1 }));
    expectVecClose(back.position, camera.position);
    expectVecClose(back.target, camera.target);
  });

  it('orbit keeps target and distance, undoes itself, and stops short of the poles', () => {
    const s = state();
    const turned = orbit(s, 0.3, -0.2);
    expect(turned.target).toEqual(s.target);
    expect(distanceBetween(cameraFromOrbit(turned).position, s.target)).toBeCloseTo(s.distance, 9);
    const back = orbit(turned, -0.3, 0.2);
    expect(back.azimuth).toBeCloseTo(s.azimuth, 12);
    expect(back.elevation).toBeCloseTo(s.elevation, 12);
    expect(orbit(s, 0, 100).elevation).toBe(MAX_ELEVATION);
    expect(orbit(s, 0, -100).elevation).toBe(-MAX_ELEVATION);
    expect(MAX_ELEVATION).toBeLessThan(Math.PI / 2);
    const spun = orbit(s, 50, 0).azimuth;
    expect(spun).toBeGreaterThan(-Math.PI);
    expect(spun).toBeLessThanOrEqual(Math.PI);
  });

  it('dragging right turns the model with the pointer: a point in front of the target moves right on screen', () => {
    const s = state({ target: [0, 0, 0], azimuth: 0, elevation: 0, subject: { center: [0, 0, 0], radius: 2 } });
    const front: Vec3 = [0, 0, 1];
    const before = project(cameraFromOrbit(s), 1, front).x;
    const after = project(cameraFromOrbit(orbit(s, 0.2, 0)), 1, front).x;
    expect(after).toBeGreaterThan(before);
    const top: Vec3 = [0, 1, 0];
    // dragging down tips the top of the model toward the viewer: seen from above, it drops on screen
    expect(project(cameraFromOrbit(orbit(s, 0, 0.2)), 1, top).y).toBeLessThan(project(cameraFromOrbit(s), 1, top).y);
  });

  for (const projection of ['perspective', 'orthographic'] as const) {
    it(`${projection}: pan moves the target point with the pointer, pixel for pixel`, () => {
      const s = state({ projection });
      const height = 500, aspect = 1.6;
      const panned = pan(s, 40, -25, height);
      expect(panned.distance).toBe(s.distance);
      expect(panned.azimuth).toBe(s.azimuth);
      const p = project(cameraFromOrbit(panned), aspect, s.target);
      // NDC spans 2 units over `height` pixels vertically and `height * aspect` horizontally; y is up
      expect(p.x).toBeCloseTo((40 * 2) / (height * aspect), 9);
      expect(p.y).toBeCloseTo((25 * 2) / height, 9);
      expect(pan(s, 10, 10, 0)).toBe(s);
    });

    it(`${projection}: zoom toward the pointer keeps the point under it still`, () => {
      const s = state({ projection });
      const aspect = 1.5;
      const focus = { x: 0.4, y: -0.3, aspect };
      const before = cameraFromOrbit(s);
      const anchor = pointOnTargetPlane(before, aspect, focus.x, focus.y);
      expect(project(before, aspect, anchor).x).toBeCloseTo(focus.x, 9);
      const zoomed = zoom(s, 2, focus);
      if (projection === 'perspective') expect(zoomed.distance).toBeCloseTo(s.distance / 2, 9);
      else expect(zoomed.orthoHeight).toBeCloseTo(s.orthoHeight / 2, 9);
      const after = project(cameraFromOrbit(zoomed), aspect, anchor);
      expect(after.x).toBeCloseTo(focus.x, 9);
      expect(after.y).toBeCloseTo(focus.y, 9);
      const centred = zoom(s, 2);
      expect(centred.target).toEqual(s.target);
    });
  }

  it('zoom is limited relative to the model size and ignores nonsense factors', () => {
    const s = state();
    expect(zoom(s, 1e9).distance).toBeCloseTo(s.subject.radius * 1e-3, 12);
    expect(zoom(s, 1e-9).distance).toBeCloseTo(s.subject.radius * 1e3, 6);
    for (const bad of [0, -2, NaN, Infinity]) expect(zoom(s, bad)).toBe(s);
  });

  it('near and far always enclose the model, whatever the zoom, orbit or pan', () => {
    const subject = { center: [0, 0, 0] as Vec3, radius: 1 };
    let s = state({ target: [0, 0, 0], subject, distance: 4 });
    const box = corners([-0.57, -0.57, -0.57], [0.57, 0.57, 0.57]);
    const steps: ((x: OrbitState) => OrbitState)[] = [
      (x) => zoom(x, 1.7), (x) => orbit(x, 0.7, 0.4), (x) => zoom(x, 1.7), (x) => pan(x, 30, 10, 400),
      (x) => zoom(x, 0.05), (x) => orbit(x, -2, -1.5), (x) => zoom(x, 30),
    ];
    for (const step of steps) {
      s = step(s);
      const camera = cameraFromOrbit(s);
      expect(camera.near).toBeGreaterThan(0);
      expect(camera.far / camera.near).toBeLessThanOrEqual(1e3 + 1e-6);
      for (const corner of box) {
        const depth = project(camera, 1, corner).depth;
        // corners behind the camera are outside the view anyway
        if (depth > 0) expect(depth).toBeLessThan(camera.far);
        // only geometry within the depth-precision floor (far / 1000) of the eye may be clipped
        if (depth > camera.far * 1e-3) expect(depth).toBeGreaterThanOrEqual(camera.near);
      }
    }
  });

  it('frameOrbit keeps the angles and fits the bounds', () => {
    const s = state();
    const bounds = { min: [100, 100, 100] as Vec3, max: [101, 103, 100.5] as Vec3 };
    const framed = frameOrbit(s, boundsPoints(bounds), 1.5);
    expect(framed.azimuth).toBeCloseTo(s.azimuth, 9);
    expect(framed.elevation).toBeCloseTo(s.elevation, 9);
    // aimed near the bounds centre (shifted only to centre the perspective projection)
    expect(distanceBetween(framed.target, [100.5, 101.5, 100.25])).toBeLessThan(0.1);
    const camera = cameraFromOrbit(framed);
    for (const corner of corners(bounds.min, bounds.max)) {
      const p = project(camera, 1.5, corner);
      expect(Math.abs(p.x)).toBeLessThanOrEqual(1);
      expect(Math.abs(p.y)).toBeLessThanOrEqual(1);
      expect(p.depth).toBeGreaterThan(camera.near);
      expect(p.depth).toBeLessThan(camera.far);
    }
  });
});

/** The world point at NDC (x, y) on the plane through the target facing the camera. */
function pointOnTargetPlane(camera: CameraState, aspect: number, x: number, y: number): Vec3 {
  const { right, up } = cameraBasis(camera);
  const distance = Math.hypot(...sub(camera.target, camera.position));
  const half = camera.projection === 'orthographic' ? camera.orthoHeight / 2 : distance * Math.tan(camera.fovY / 2);
  const out: Vec3 = [...camera.target];
  for (let i = 0; i < 3; i++) out[i] += right[i] * x * half * aspect + up[i] * y * half;
  return out;
}

function sub(a: Vec3, b: Vec3): Vec3 {
  return [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
}

describe('orbit rig (Z up, as CAD and STL files are stored)', () => {
  it('azimuth 0 looks from -Y with +Z up; positive azimuth moves toward +X; elevation rises along +Z', () => {
    const front = cameraFromOrbit(state({ upAxis: 'z', target: [0, 0, 0], azimuth: 0, elevation: 0, distance: 3 }));
    expectVecClose(front.position, [0, -3, 0]);
    expectVecClose(front.up as Vec3, [0, 0, 1]);
    const right = cameraFromOrbit(state({ upAxis: 'z', target: [0, 0, 0], azimuth: 90 * deg, elevation: 0, distance: 3 }));
    expectVecClose(right.position, [3, 0, 0]);
    const above = cameraFromOrbit(state({ upAxis: 'z', target: [0, 0, 0], azimuth: 0, elevation: 60 * deg, distance: 2 }));
    expect(above.position[2]).toBeCloseTo(2 * Math.sin(60 * deg), 9);
  });

  it('reads its own cameras back, and orbiting keeps the model upright about +Z', () => {
    const s = state({ upAxis: 'z', azimuth: -40 * deg, elevation: 25 * deg });
    const back = orbitFromCamera(cameraFromOrbit(s), s.subject, 'z');
    expect(back.azimuth).toBeCloseTo(s.azimuth, 9);
    expect(back.elevation).toBeCloseTo(s.elevation, 9);
    expect(back.distance).toBeCloseTo(s.distance, 9);
    const turned = cameraFromOrbit(orbit(s, 0.7, 0));
    // Turning about the up axis keeps the camera's height above the target.
    expect(turned.position[2] - s.target[2]).toBeCloseTo(cameraFromOrbit(s).position[2] - s.target[2], 9);
    expect(cameraBasis(turned).right[2]).toBeCloseTo(0, 9);
  });

  it('framing keeps the up axis', () => {
    const framed = frameOrbit(state({ upAxis: 'z' }), boundsPoints({ min: [-1, -1, -1], max: [1, 1, 1] }), 1.5);
    expect(framed.upAxis).toBe('z');
  });
});
