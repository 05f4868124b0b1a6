// Presets and up axes: which side of the model each named view shows, and which way round.
import { describe, expect, it } from 'vitest';
import type { Scene, Vec3 } from '../../../engine/scene/types';
import { createGeometry, createMaterial, createMesh, createNode, createScene } from '../../../engine/scene/factory';
import type { CameraState } from '../../../engine/views/camera';
import {
  ISOMETRIC_ELEVATION,
  PRESET_NAMES,
  VIEW_PRESETS,
  VIEW_SET_NAMES,
  VIEW_SETS,
  planViews,
  type PlanOptions,
  type PlannedView,
  type UpAxis,
} from '../../../engine/views';
import { project } from './project';

/** A cross of arms of different lengths: +X 2, -X 1, +Y 1.5, -Y 0.5, +Z 1, -Z 0.3. Every direction is told apart. */
const TIPS: Record<string, Vec3> = {
  '+x': [2, 0, 0], '-x': [-1, 0, 0], '+y': [0, 1.5, 0], '-y': [0, -0.5, 0], '+z': [0, 0, 1], '-z': [0, 0, -0.3],
};

function crossScene(): Scene {
  const positions = new Float32Array(Object.values(TIPS).flat());
  const geometry = createGeometry({ positions, topology: 'point-list' });
  const mesh = createMesh('cross', [{ geometry, material: createMaterial() }]);
  return createScene('cross', [createNode({ name: 'cross', mesh })]);
}

function options(upAxis: UpAxis, overrides: Partial<PlanOptions> = {}): PlanOptions {
  return { projection: 'perspective', upAxis, paddingPercent: 5, sameScale: false, aspect: 1, ...overrides };
}

function view(views: PlannedView[], name: string): CameraState {
  const found = views.find((v) => v.name === name);
  if (!found) throw new Error(`no view ${name}`);
  return found.camera;
}

function unit(v: Vec3): Vec3 {
  const l = Math.hypot(...v);
  return [v[0] / l, v[1] / l, v[2] / l];
}

/** Unit vector from the camera's target toward the camera. */
function offset(camera: CameraState): Vec3 {
  return unit([0, 1, 2].map((i) => camera.position[i] - camera.target[i]) as Vec3);
}

/** Image position of a tip relative to the image of the origin: x right, y up (NDC units). */
function imageOf(camera: CameraState, tip: string): { x: number; y: number } {
  const origin = project(camera, 1, [0, 0, 0]);
  const p = project(camera, 1, TIPS[tip]);
  return { x: p.x - origin.x, y: p.y - origin.y };
}

function expectClose(a: Vec3, b: Vec3): void {
  for (let i = 0; i < 3; i++) expect(a[i]).toBeCloseTo(b[i], 9);
}

const all = (upAxis: UpAxis) => planViews(crossScene(), { kind: 'preset', names: PRESET_NAMES }, options(upAxis));

describe('view presets, Y up (glTF)', () => {
  const views = all('y');

  it('front sits on +Z: +X on the image right, +Y at the top', () => {
    expectClose(offset(view(views, 'front')), [0, 0, 1]);
    expect(imageOf(view(views, 'front'), '+x').x).toBeGreaterThan(0.1);
    expect(imageOf(view(views, 'front'), '+y').y).toBeGreaterThan(0.1);
  });

  it('back mirrors the front: camera on -Z, +X on the image left', () => {
    expectClose(offset(view(views, 'back')), [0, 0, -1]);
    expect(imageOf(view(views, 'back'), '+x').x).toBeLessThan(-0.1);
    expect(imageOf(view(views, 'back'), '+y').y).toBeGreaterThan(0.1);
  });

  it('right shows the model\'s right side (camera on +X), its front (+Z) on the image left; left is the opposite', () => {
    expectClose(offset(view(views, 'right')), [1, 0, 0]);
    expect(imageOf(view(views, 'right'), '+z').x).toBeLessThan(-0.1);
    expectClose(offset(view(views, 'left')), [-1, 0, 0]);
    expect(imageOf(view(views, 'left'), '+z').x).toBeGreaterThan(0.1);
  });

  it('top looks down from +Y with +Z toward the image bottom and +X right; bottom has the front at the top', () => {
    const top = view(views, 'top');
    expectClose(offset(top), [0, 1, 0]);
    expect(imageOf(top, '+z').y).toBeLessThan(-0.1);
    expect(imageOf(top, '+x').x).toBeGreaterThan(0.1);
    const bottom = view(views, 'bottom');
    expectClose(offset(bottom), [0, -1, 0]);
    expect(imageOf(bottom, '+z').y).toBeGreaterThan(0.1);
    expect(imageOf(bottom, '+x').x).toBeGreaterThan(0.1);
  });

  it('isometric views sit on the cube diagonals, above the model', () => {
    const s = 1 / Math.sqrt(3);
    expectClose(offset(view(views, 'iso-front-right')), [s, s, s]);
    expectClose(offset(view(views, 'iso-front-left')), [-s, s, s]);
    expectClose(offset(view(views, 'iso-back-right')), [s, s, -s]);
    expectClose(offset(view(views, 'iso-back-left')), [-s, s, -s]);
    expect(ISOMETRIC_ELEVATION).toBeCloseTo(35.2643897, 6);
  });

  it('three-quarter looks mostly at the front, a little from the right and above', () => {
    const d = offset(view(views, 'three-quarter'));
    expect(d[2]).toBeGreaterThan(d[0]);
    expect(d[0]).toBeGreaterThan(0.4);
    expect(d[1]).toBeGreaterThan(0.25);
    expect(offset(view(views, 'three-quarter-left'))[0]).toBeCloseTo(-d[0], 9);
  });
});

describe('view presets, Z up (CAD, STL)', () => {
  const views = all('z');

  it('front sits on -Y: +X on the image right, +Z at the top', () => {
    expectClose(offset(view(views, 'front')), [0, -1, 0]);
    expect(imageOf(view(views, 'front'), '+x').x).toBeGreaterThan(0.1);
    expect(imageOf(view(views, 'front'), '+z').y).toBeGreaterThan(0.1);
  });

  it('right is on +X in both conventions, back on +Y, top on +Z with the front (-Y) at the image bottom', () => {
    expectClose(offset(view(views, 'right')), [1, 0, 0]);
    expectClose(offset(view(views, 'back')), [0, 1, 0]);
    const top = view(views, 'top');
    expectClose(offset(top), [0, 0, 1]);
    expect(imageOf(top, '-y').y).toBeLessThan(-0.1);
    expect(imageOf(top, '+x').x).toBeGreaterThan(0.1);
  });

  it('isometric front-right sits on (+X, -Y, +Z)', () => {
    const s = 1 / Math.sqrt(3);
    expectClose(offset(view(views, 'iso-front-right')), [s, -s, s]);
    expectClose(offset(view(views, 'iso-back-left')), [-s, s, s]);
  });
});

describe('azimuth, roll and the preset lists', () => {
  it('positive azimuth turns from the front toward the right side (counter-clockwise seen from above)', () => {
    for (const upAxis of ['y', 'z'] as const) {
      const views = planViews(crossScene(), { kind: 'custom', views: [{ azimuth: 20, elevation: 0 }] }, options(upAxis));
      const d = offset(views[0].camera);
      expect(d[0]).toBeCloseTo(Math.sin((20 * Math.PI) / 180), 9);
    }
  });

  it('positive roll turns the picture counter-clockwise by the roll angle', () => {
    const upright = planViews(crossScene(), { kind: 'custom', views: [{ azimuth: 0, elevation: 0 }] }, options('y'))[0].camera;
    for (const roll of [30, 90, -45]) {
      const rolled = planViews(crossScene(), { kind: 'custom', views: [{ azimuth: 0, elevation: 0, roll }] }, options('y'))[0].camera;
      for (const tip of ['+x', '+y']) {
        const before = imageOf(upright, tip), after = imageOf(rolled, tip);
        const turned = (Math.atan2(after.y, after.x) - Math.atan2(before.y, before.x)) * (180 / Math.PI);
        expect(((turned - roll + 540) % 360) - 180).toBeCloseTo(0, 6);
      }
    }
    const quarter = planViews(crossScene(), { kind: 'custom', views: [{ azimuth: 0, elevation: 0, roll: 90 }] }, options('y'))[0].camera;
    // the model's up now points to the image left
    expect(imageOf(quarter, '+y').x).toBeLessThan(-0.1);
  });

  it('lists every preset and set with a label, and the sets expand to the views they name', () => {
    expect(VIEW_PRESETS.map((p) => p.name)).toEqual([...PRESET_NAMES]);
    expect(VIEW_SETS.map((s) => s.name)).toEqual([...VIEW_SET_NAMES]);
    for (const item of [...VIEW_PRESETS, ...VIEW_SETS]) expect(item.label.length).toBeGreaterThan(2);
    const six = planViews(crossScene(), { kind: 'preset', set: 'standard-six' }, options('y')).map((v) => v.name);
    expect(six.sort()).toEqual(['back', 'bottom', 'front', 'left', 'right', 'top']);
    const ten = planViews(crossScene(), { kind: 'preset', set: 'standard-six-iso' }, options('y')).map((v) => v.name);
    expect(new Set(ten).size).toBe(10);
    expect(ten).toEqual(expect.arrayContaining([...six, 'iso-front-right', 'iso-front-left', 'iso-back-right', 'iso-back-left']));
  });
});
