// Camera nodes of a glTF scene become the renderer's cameras at the node's world pose.
import { describe, expect, it } from 'vitest';
import { quat } from 'gl-matrix';
import type { Node, SceneCamera, Vec3, Vec4 } from '../../../engine/scene/types';
import { createGeometry, createMaterial, createMesh, createNode, createScene } from '../../../engine/scene/factory';
import { cameraBasis } from '../../../engine/views/basis';
import { modelCameras, planViews } from '../../../engine/views';
import { project } from './project';

function box(): Node {
  const positions = new Float32Array([-1, -1, -1, 1, 1, 1, -1, 1, 0.5, 1, -1, -0.5]);
  const geometry = createGeometry({ positions, topology: 'point-list' });
  return createNode({ name: 'box', mesh: createMesh('box', [{ geometry, material: createMaterial() }]) });
}

function perspective(name: string, zfar: number | null = 100): SceneCamera {
  return { type: 'perspective', name, yfov: 0.6, aspectRatio: 1.5, znear: 0.05, zfar };
}

function rotation(axis: Vec3, degrees: number): Vec4 {
  return [...quat.setAxisAngle(quat.create(), axis, (degrees * Math.PI) / 180)] as Vec4;
}

function expectVec(a: Vec3, b: Vec3, digits = 5): void {
  for (let i = 0; i < 3; i++) expect(a[i]).toBeCloseTo(b[i], digits);
}

describe('model cameras', () => {
  it('a camera node looks down its local -Z with +Y up, at its world position', () => {
    const node = createNode({ name: 'Shot', translation: [1, 2, 10], rotation: rotation([0, 1, 0], 30), camera: perspective('cam') });
    const [found] = modelCameras(createScene('s', [box(), node]));
    expect(found.name).toBe('Shot');
    const c = found.camera;
    expectVec(c.position, [1, 2, 10]);
    const { forward, up } = cameraBasis(c);
    expectVec(forward, [-Math.sin(Math.PI / 6), 0, -Math.cos(Math.PI / 6)]);
    expectVec(up, [0, 1, 0]);
    expect(c.projection).toBe('perspective');
    expect(c.fovY).toBeCloseTo(0.6, 12);
    expect(c.near).toBeCloseTo(0.05, 12);
    expect(c.far).toBeCloseTo(100, 12);
  });

  it('follows parent transforms and ignores scale', () => {
    const child = createNode({ name: 'Child cam', translation: [0, 0, 5], scale: [3, 3, 3], camera: perspective('c') });
    const parent = createNode({ name: 'rig', translation: [10, 0, 0], rotation: rotation([1, 0, 0], -90), children: [child] });
    const [found] = modelCameras(createScene('s', [box(), parent]));
    // -90° about X takes the child's local +Z offset to +Y and its -Z view direction to -Y
    expectVec(found.camera.position, [10, 5, 0]);
    const { forward, up } = cameraBasis(found.camera);
    expectVec(forward, [0, -1, 0]);
    expectVec(up, [0, 0, -1]);
  });

  it('an orthographic camera gets orthoHeight = 2 ymag; a missing zfar encloses the scene', () => {
    const ortho: SceneCamera = { type: 'orthographic', name: 'plan', xmag: 3, ymag: 2, znear: 0.1, zfar: 50 };
    const infinite = perspective('far away', null);
    const scene = createScene('s', [
      box(),
      createNode({ name: 'node 1', translation: [0, 20, 0], rotation: rotation([1, 0, 0], -90), camera: ortho }),
      createNode({ name: 'node 2', translation: [0, 0, 30], camera: infinite }),
    ]);
    const [plan, far] = modelCameras(scene);
    expect(plan.name).toBe('plan');
    expect(plan.camera.projection).toBe('orthographic');
    expect(plan.camera.orthoHeight).toBeCloseTo(4, 12);
    expect(plan.camera.far).toBe(50);
    expect(far.name).toBe('far away');
    const positions = box().mesh!.primitives[0].geometry.positions;
    for (let i = 0; i < positions.length; i += 3) {
      const depth = project(far.camera, 1, [positions[i], positions[i + 1], positions[i + 2]]).depth;
      expect(depth).toBeGreaterThan(far.camera.near);
      expect(depth).toBeLessThan(far.camera.far);
    }
    // the target lies ahead, at the depth of the scene's centre
    expectVec(far.camera.target, [0, 0, 0]);
  });

  it('duplicate names are made unique, and planViews returns the same cameras', () => {
    const scene = createScene('s', [
      box(),
      createNode({ name: 'Camera', translation: [0, 0, 5], camera: perspective('a') }),
      createNode({ name: 'Camera', translation: [5, 0, 0], rotation: rotation([0, 1, 0], 90), camera: perspective('b') }),
      createNode({ name: 'node 7', translation: [0, 0, -5], rotation: rotation([0, 1, 0], 180), camera: perspective('Camera') }),
    ]);
    const found = modelCameras(scene);
    expect(found.map((f) => f.name)).toEqual(['Camera', 'Camera-2', 'Camera-3']);
    const planned = planViews(scene, { kind: 'model-cameras' }, { projection: 'orthographic', upAxis: 'z', paddingPercent: 50, sameScale: true, aspect: 2 });
    expect(planned.map((p) => p.name)).toEqual(found.map((f) => f.name));
    planned.forEach((p, i) => expect(p.camera).toEqual(found[i].camera));
    expect(planned[0].camera.projection).toBe('perspective');
    expect(planViews(createScene('none', [box()]), { kind: 'model-cameras' }, { projection: 'perspective', upAxis: 'y', paddingPercent: 5, sameScale: false, aspect: 1 })).toEqual([]);
  });
});
