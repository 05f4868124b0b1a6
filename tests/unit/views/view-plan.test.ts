// planViews: turntables, grids and custom views, framed with the stated padding as the renderer draws them.
import { beforeAll, describe, expect, it } from 'vitest';
import { glMatrix, vec4 } from 'gl-matrix';
import type { Scene, Vec3 } from '../../../engine/scene/types';
import { createGeometry, createMaterial, createMesh, createNode, createScene } from '../../../engine/scene/factory';
import type { CameraState } from '../../../engine/views/camera';
import { planViews, type PlanOptions, type PlannedView, type ViewSpec } from '../../../engine/views';
import { project } from './project';

const DEG = Math.PI / 180;

/** An off-centre, lopsided model: a long box, a spike and a scatter of points, placed far from the origin. */
function lopsidedScene(offset: Vec3 = [40, -7, 12]): Scene {
  const points: number[] = [];
  for (let i = 0; i < 8; i++) points.push(i & 1 ? 3 : -1, i & 2 ? 0.8 : -0.4, i & 4 ? 1.2 : -0.6);
  points.push(0.5, 2.5, 0.2, -2, 0.1, 0.3, 1, -0.2, 2.2);
  for (let i = 0; i < 40; i++) points.push(Math.sin(i * 1.7) * 1.5, Math.cos(i * 2.3), Math.sin(i * 0.9 + 1) * 0.8);
  const positions = new Float32Array(points.map((v, i) => v + offset[i % 3]));
  const geometry = createGeometry({ positions, topology: 'point-list' });
  return createScene('lopsided', [createNode({ name: 'model', mesh: createMesh('model', [{ geometry, material: createMaterial() }]) })]);
}

function modelPoints(scene: Scene): Vec3[] {
  const positions = scene.roots[0].mesh!.primitives[0].geometry.positions;
  const out: Vec3[] = [];
  for (let i = 0; i < positions.length; i += 3) out.push([positions[i], positions[i + 1], positions[i + 2]]);
  return out;
}

function options(overrides: Partial<PlanOptions> = {}): PlanOptions {
  return { projection: 'perspective', upAxis: 'y', paddingPercent: 5, sameScale: false, aspect: 1, ...overrides };
}

type Renderer = typeof import('../../../engine/render/camera-matrices');
let renderer: Renderer;
let matrices: ReturnType<Renderer['createCameraMatrices']>;

// the renderer's own code in float64 (gl-matrix's array type is read when its module-scope vectors are made), so a
// margin checks the framing, not float32 rounding; this file runs in its own module graph
beforeAll(async () => {
  glMatrix.setMatrixArrayType(Array);
  renderer = await import('../../../engine/render/camera-matrices');
  matrices = renderer.createCameraMatrices();
  expect(Array.isArray(matrices.view)).toBe(true);
});

/** The renderer's own projection (camera-matrices.ts) to pixels: x right, y down from the top-left corner. */
function rendererPixel(camera: CameraState, width: number, height: number, point: Vec3): [number, number] {
  renderer.computeCameraMatrices(matrices, camera, width / height, 'zero-to-one');
  const clip = vec4.transformMat4(vec4.create(), [point[0], point[1], point[2], 1], matrices.viewProjection);
  expect(clip[3]).toBeGreaterThan(0);
  const z = clip[2] / clip[3];
  expect(z).toBeGreaterThan(0);
  expect(z).toBeLessThan(1);
  return [((clip[0] / clip[3] + 1) / 2) * width, ((1 - clip[1] / clip[3]) / 2) * height];
}

/** Gaps in pixels between the model's projection and the padded frame: left, right, top, bottom. */
function gaps(camera: CameraState, points: Vec3[], width: number, height: number, padding: number): number[] {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const p of points) {
    const [x, y] = rendererPixel(camera, width, height, p);
    minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  }
  const mx = (padding * width) / 2, my = (padding * height) / 2;
  return [minX - mx, width - mx - maxX, minY - my, height - my - maxY];
}

function offsetOf(camera: CameraState): Vec3 {
  const v = [0, 1, 2].map((i) => camera.position[i] - camera.target[i]) as Vec3;
  const l = Math.hypot(...v);
  return [v[0] / l, v[1] / l, v[2] / l];
}

/** Azimuth and elevation in degrees of a Y-up view (azimuth 0 = +Z, 90 = +X). */
function anglesOf(camera: CameraState): { azimuth: number; elevation: number } {
  const d = offsetOf(camera);
  return { azimuth: Math.atan2(d[0], d[2]) / DEG, elevation: Math.asin(d[1]) / DEG };
}

function distance(camera: CameraState): number {
  return Math.hypot(...[0, 1, 2].map((i) => camera.position[i] - camera.target[i]));
}

const specs: ViewSpec[] = [
  { kind: 'preset', set: 'standard-six-iso' },
  { kind: 'turntable', count: 7, elevation: 25, startAzimuth: 10 },
  { kind: 'grid', elevations: [-30, 60], azimuths: [0, 135] },
  { kind: 'custom', views: [{ azimuth: 200, elevation: 10, roll: 25 }] },
];

describe('turntable and grid', () => {
  it('a turntable gives N distinct, equally spaced azimuths at its elevation, named in order', () => {
    for (const count of [1, 5, 12, 36]) {
      const views = planViews(lopsidedScene(), { kind: 'turntable', count, elevation: 20, startAzimuth: 15 }, options());
      expect(views).toHaveLength(count);
      expect(views[0].name).toBe('turntable-00');
      expect(views.map((v) => v.name)).toEqual([...views.map((v) => v.name)].sort());
      views.forEach((v, i) => {
        const { azimuth, elevation } = anglesOf(v.camera);
        expect(elevation).toBeCloseTo(20, 9);
        const expected = 15 + (360 * i) / count;
        expect(((azimuth - expected + 540) % 360) - 180).toBeCloseTo(0, 9);
        expect(v.azimuth! - expected).toBeCloseTo(0, 9);
      });
      expect(new Set(views.map((v) => v.name)).size).toBe(count);
    }
  });

  it('a grid gives every elevation with every azimuth, uniquely named', () => {
    const elevations = [-15, 0, 30];
    const azimuths = [0, 45, 90, 180, 22.5];
    const views = planViews(lopsidedScene(), { kind: 'grid', elevations, azimuths }, options());
    expect(views).toHaveLength(15);
    expect(new Set(views.map((v) => v.name)).size).toBe(15);
    expect(views.map((v) => v.name)).toEqual(expect.arrayContaining(['el+30_az045', 'el-15_az180', 'el+00_az000', 'el+30_az022.5']));
    for (const v of views) {
      const { azimuth, elevation } = anglesOf(v.camera);
      expect(elevation).toBeCloseTo(v.elevation!, 9);
      if (Math.abs(elevation) < 89) expect(((azimuth - v.azimuth! + 540) % 360) - 180).toBeCloseTo(0, 9);
    }
  });

  it('names stay unique when the same angle is asked for twice', () => {
    const grid = planViews(lopsidedScene(), { kind: 'grid', elevations: [10], azimuths: [0, 360] }, options());
    expect(grid.map((v) => v.name)).toEqual(['el+10_az000', 'el+10_az000-2']);
    const custom = planViews(lopsidedScene(), { kind: 'custom', views: [{ name: 'hero', azimuth: 0, elevation: 0 }, { name: 'hero', azimuth: 1, elevation: 0 }, { azimuth: 2, elevation: 0 }] }, options());
    expect(custom.map((v) => v.name)).toEqual(['hero', 'hero-2', 'custom-03']);
  });
});

describe('framing with padding, checked with the renderer\'s matrices', () => {
  for (const projection of ['perspective', 'orthographic'] as const) {
    for (const [width, height] of [[800, 800], [1920, 1080], [600, 1000]]) {
      it(`${projection} ${width}×${height}: tight views keep the padding and touch it on the tight side`, () => {
        const scene = lopsidedScene();
        const points = modelPoints(scene);
        for (const paddingPercent of [0, 5, 20]) {
          for (const spec of specs) {
            const views = planViews(scene, spec, options({ projection, paddingPercent, aspect: width / height }));
            for (const view of views) {
              const g = gaps(view.camera, points, width, height, paddingPercent / 100);
              for (const gap of g) expect(gap).toBeGreaterThan(-1e-6);
              expect(Math.min(...g)).toBeLessThan(1);
            }
          }
        }
      });
    }
  }
});

describe('same scale for all views', () => {
  for (const projection of ['perspective', 'orthographic'] as const) {
    it(`${projection}: one distance and height, one target, every view padded, the biggest one touching`, () => {
      const scene = lopsidedScene();
      const points = modelPoints(scene);
      const [width, height] = [1200, 900];
      const views = planViews(scene, { kind: 'preset', set: 'standard-six-iso' }, options({ projection, sameScale: true, aspect: width / height, paddingPercent: 10 }));
      const first = views[0].camera;
      for (const { camera } of views) {
        expect(camera.orthoHeight).toBeCloseTo(first.orthoHeight, 9);
        for (let i = 0; i < 3; i++) expect(camera.target[i]).toBeCloseTo(first.target[i], 9);
        if (projection === 'perspective') expect(distance(camera)).toBeCloseTo(distance(first), 9);
        for (const gap of gaps(camera, points, width, height, 0.1)) expect(gap).toBeGreaterThan(-1e-6);
      }
      const tightest = Math.min(...views.map((v) => Math.min(...gaps(v.camera, points, width, height, 0.1))));
      expect(tightest).toBeLessThan(1);
      // the target is the model's bounding-box centre
      const min = [0, 1, 2].map((i) => Math.min(...points.map((p) => p[i])));
      const max = [0, 1, 2].map((i) => Math.max(...points.map((p) => p[i])));
      for (let i = 0; i < 3; i++) expect(first.target[i]).toBeCloseTo((min[i] + max[i]) / 2, 5);
    });

    it(`${projection}: a sphere around the target has the same pixel size in every view`, () => {
      const scene = lopsidedScene();
      const views = planViews(scene, { kind: 'turntable', count: 9, elevation: 35 }, options({ projection, sameScale: true, aspect: 1.5 }));
      const c = views[0].camera.target;
      const sphere: Vec3[] = [];
      // a dense Fibonacci sphere: its outline is within 1e-4 of the true circle from any side
      const n = 20000;
      for (let i = 0; i < n; i++) {
        const z = 1 - (2 * (i + 0.5)) / n, r = Math.sqrt(1 - z * z), a = i * 2.399963;
        sphere.push([c[0] + 0.7 * r * Math.cos(a), c[1] + 0.7 * r * Math.sin(a), c[2] + 0.7 * z]);
      }
      const sizes = views.map(({ camera }) => {
        const centre = project(camera, 1.5, c);
        return sphere.reduce((most, p) => {
          const q = project(camera, 1.5, p);
          return Math.max(most, Math.hypot((q.x - centre.x) * 1.5, q.y - centre.y));
        }, 0);
      });
      for (const size of sizes) expect(Math.abs(size / sizes[0] - 1)).toBeLessThan(1e-3);
      // and tight framing would not give that: the lopsided model needs different sizes per view
      const tight = planViews(scene, { kind: 'turntable', count: 9, elevation: 35 }, options({ projection, aspect: 1.5 }));
      const heights = tight.map((v) => (projection === 'perspective' ? distance(v.camera) : v.camera.orthoHeight));
      expect(Math.max(...heights) / Math.min(...heights)).toBeGreaterThan(1.05);
    });
  }
});

describe('custom views', () => {
  it('keeps a given distance, field of view and target', () => {
    const scene = lopsidedScene();
    const [view] = planViews(scene, { kind: 'custom', views: [{ azimuth: 30, elevation: 10, distance: 25, fovY: 20, target: [41, -6, 12] }] }, options());
    expect(distance(view.camera)).toBeCloseTo(25, 9);
    expect(view.camera.fovY).toBeCloseTo(20 * DEG, 12);
    expect(view.camera.target).toEqual([41, -6, 12]);
    const { azimuth, elevation } = anglesOf(view.camera);
    expect(azimuth).toBeCloseTo(30, 9);
    expect(elevation).toBeCloseTo(10, 9);
    for (const p of modelPoints(scene)) {
      const depth = project(view.camera, 1, p).depth;
      expect(depth).toBeGreaterThan(view.camera.near);
      expect(depth).toBeLessThan(view.camera.far);
    }
  });

  it('a target without a distance is kept and the model still fits with its padding', () => {
    const scene = lopsidedScene();
    const points = modelPoints(scene);
    for (const projection of ['perspective', 'orthographic'] as const) {
      const [view] = planViews(scene, { kind: 'custom', views: [{ azimuth: -60, elevation: 25, target: [39, -7, 12] }] }, options({ projection, aspect: 2 }));
      expect(view.camera.target).toEqual([39, -7, 12]);
      const g = gaps(view.camera, points, 1000, 500, 0.05);
      for (const gap of g) expect(gap).toBeGreaterThan(-1e-6);
      expect(Math.min(...g)).toBeLessThan(1);
    }
  });

  it('frames an empty scene with finite cameras', () => {
    const [view] = planViews(createScene('empty', []), { kind: 'preset', names: ['front'] }, options({ sameScale: true }));
    for (const v of [...view.camera.position, ...view.camera.target, view.camera.near, view.camera.far]) expect(Number.isFinite(v)).toBe(true);
    expect(view.camera.far).toBeGreaterThan(view.camera.near);
  });
});

describe('invalid input', () => {
  const scene = lopsidedScene();
  const bad: [string, ViewSpec, Partial<PlanOptions>, RegExp][] = [
    ['no turntable views', { kind: 'turntable', count: 0, elevation: 0 }, {}, /number of turntable views.*1 to 360.*0/],
    ['too many turntable views', { kind: 'turntable', count: 361, elevation: 0 }, {}, /1 to 360/],
    ['a fractional count', { kind: 'turntable', count: 2.5, elevation: 0 }, {}, /whole number/],
    ['a NaN elevation', { kind: 'turntable', count: 4, elevation: NaN }, {}, /elevation.*finite number/],
    ['an elevation past the pole', { kind: 'turntable', count: 4, elevation: 91 }, {}, /elevation.*-90 to 90/],
    ['an infinite start azimuth', { kind: 'turntable', count: 4, elevation: 0, startAzimuth: Infinity }, {}, /start azimuth.*finite/],
    ['an empty grid', { kind: 'grid', elevations: [], azimuths: [0] }, {}, /grid elevations.*at least one/],
    ['a grid too big', { kind: 'grid', elevations: Array.from({ length: 20 }, (_, i) => i), azimuths: Array.from({ length: 20 }, (_, i) => i) }, {}, /at most 360/],
    ['an unknown preset', { kind: 'preset', names: ['sideways' as 'front'] }, {}, /preset view must be one of.*"sideways"/],
    ['an unknown set', { kind: 'preset', set: 'all' as 'standard-six' }, {}, /view set must be one of/],
    ['a negative distance', { kind: 'custom', views: [{ azimuth: 0, elevation: 0, distance: -1 }] }, {}, /Custom view 1: distance must be greater than 0/],
    ['a short target', { kind: 'custom', views: [{ azimuth: 0, elevation: 0, target: [1, 2] as unknown as Vec3 }] }, {}, /target must be three numbers/],
    ['a flat field of view', { kind: 'custom', views: [{ azimuth: 0, elevation: 0, fovY: 180 }] }, {}, /field of view/],
    ['an unknown kind', { kind: 'spiral' } as unknown as ViewSpec, {}, /Unknown kind/],
    ['negative padding', { kind: 'preset', set: 'standard-six' }, { paddingPercent: -1 }, /padding.*0 to 90/],
    ['a zero aspect', { kind: 'preset', set: 'standard-six' }, { aspect: 0 }, /aspect ratio.*greater than 0/],
    ['a plan fovY of 0', { kind: 'preset', set: 'standard-six' }, { fovY: 0 }, /field of view/],
    ['an unknown up axis', { kind: 'preset', set: 'standard-six' }, { upAxis: 'x' as 'y' }, /up axis must be one of y, z/],
  ];
  for (const [what, spec, overrides, message] of bad) {
    it(`throws a RangeError for ${what}`, () => {
      expect(() => planViews(scene, spec, options(overrides))).toThrow(RangeError);
      expect(() => planViews(scene, spec, options(overrides))).toThrow(message);
    });
  }
});
