// Intrinsics and extrinsics describe exactly the pixels the renderer draws: checked against camera-matrices.ts in float64.
import { beforeAll, describe, expect, it } from 'vitest';
import { glMatrix, vec4 } from 'gl-matrix';
import type { Vec3 } from '../../../engine/scene/types';
import type { CameraState } from '../../../engine/views/camera';
import { cameraIntrinsics, cameraToWorld, projectToPixel, shiftIntrinsics, projectWithIntrinsics, worldToCamera } from '../../../engine/views';

type Renderer = typeof import('../../../engine/render/camera-matrices');
let renderer: Renderer;

// float64 gl-matrix before the renderer module makes its scratch vectors, so 1e-6 px measures the model, not float32
beforeAll(async () => {
  glMatrix.setMatrixArrayType(Array);
  renderer = await import('../../../engine/render/camera-matrices');
  expect(Array.isArray(renderer.createCameraMatrices().view)).toBe(true);
});

function rendererPixel(camera: CameraState, width: number, height: number, point: Vec3, clipDepth: 'zero-to-one' | 'negative-one-to-one'): [number, number, number] {
  const m = renderer.computeCameraMatrices(renderer.createCameraMatrices(), camera, width / height, clipDepth);
  const clip = vec4.transformMat4(vec4.create(), [point[0], point[1], point[2], 1], m.viewProjection);
  const eye = vec4.transformMat4(vec4.create(), [point[0], point[1], point[2], 1], m.view);
  return [((clip[0] / clip[3] + 1) / 2) * width, ((1 - clip[1] / clip[3]) / 2) * height, -eye[2]];
}

/** A deterministic spread of poses, including an up vector parallel to the view (the renderer's fallback). */
function cameras(): CameraState[] {
  const out: CameraState[] = [];
  for (let i = 0; i < 12; i++) {
    const projection = i % 2 ? 'orthographic' : 'perspective';
    out.push({
      position: [Math.sin(i) * 7 + 3, Math.cos(i * 1.3) * 4 - 1, Math.sin(i * 0.7) * 9 + 2],
      target: [0.3 * i, -0.2, 1],
      up: [Math.sin(i * 2) * 0.3, 1, Math.cos(i) * 0.2],
      projection,
      fovY: (20 + i * 7) * (Math.PI / 180),
      orthoHeight: 1 + i,
      near: 0.1,
      far: 50,
    });
  }
  out.push({ ...out[0], position: [0, 10, 0], target: [0, 0, 0], up: [0, 1, 0] });
  out.push({ ...out[1], position: [1e4, 2e4, -3e4], target: [1e4 + 1, 2e4 - 2, -3e4 + 3], up: [0, 0, 1] });
  return out;
}

const sizes: [number, number][] = [[1024, 768], [641, 479], [300, 1200]];

describe('camera model', () => {
  it('projectToPixel agrees with the renderer\'s matrices within 1e-6 pixels, perspective and orthographic', () => {
    let checked = 0;
    for (const camera of cameras()) {
      for (const [width, height] of sizes) {
        for (let k = 0; k < 10; k++) {
          const point: Vec3 = [camera.target[0] + Math.sin(k) * 2, camera.target[1] + Math.cos(k * 3) * 1.5, camera.target[2] + Math.sin(k * 5) * 2];
          const ours = projectToPixel(camera, width, height, point);
          if (!(ours[2] > 0)) continue;
          for (const clipDepth of ['zero-to-one', 'negative-one-to-one'] as const) {
            const theirs = rendererPixel(camera, width, height, point, clipDepth);
            expect(Math.abs(ours[0] - theirs[0])).toBeLessThan(1e-6);
            expect(Math.abs(ours[1] - theirs[1])).toBeLessThan(1e-6);
            expect(Math.abs(ours[2] - theirs[2])).toBeLessThan(1e-6 * Math.max(1, theirs[2]));
          }
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('the principal point is the image centre, with square pixels, and the target lands on it', () => {
    const [persp, ortho] = cameras();
    const i = cameraIntrinsics(persp, 641, 479);
    if (i.projection !== 'perspective') throw new Error('expected perspective');
    expect([i.cx, i.cy]).toEqual([320.5, 239.5]);
    expect(i.fx).toBe(i.fy);
    expect(2 * Math.atan(479 / 2 / i.fy)).toBeCloseTo(persp.fovY, 12);
    const o = cameraIntrinsics(ortho, 200, 100);
    if (o.projection !== 'orthographic') throw new Error('expected orthographic');
    expect(o.extentY).toBe(ortho.orthoHeight);
    expect(o.extentX).toBeCloseTo(ortho.orthoHeight * 2, 12);
    expect(o.pixelsPerUnit).toBeCloseTo(100 / ortho.orthoHeight, 12);
    const [u, v] = projectToPixel(persp, 641, 479, persp.target);
    expect(u).toBeCloseTo(320.5, 9);
    expect(v).toBeCloseTo(239.5, 9);
  });

  it('camera-to-world is a rigid OpenGL pose: looks down -Z, +Y toward the image top, inverse of world-to-camera', () => {
    for (const camera of cameras()) {
      const c2w = cameraToWorld(camera), w2c = worldToCamera(camera);
      for (let r = 0; r < 4; r++) {
        for (let c = 0; c < 4; c++) {
          const product = [0, 1, 2, 3].reduce((sum, k) => sum + c2w[r][k] * w2c[k][c], 0);
          expect(product).toBeCloseTo(r === c ? 1 : 0, 9);
        }
      }
      expect([c2w[0][3], c2w[1][3], c2w[2][3]]).toEqual(camera.position);
      const forward = [0, 1, 2].map((r) => -c2w[r][2]);
      const toTarget = [0, 1, 2].map((r) => camera.target[r] - camera.position[r]);
      const l = Math.hypot(...toTarget);
      for (let r = 0; r < 3; r++) expect(forward[r]).toBeCloseTo(toTarget[r] / l, 9);
      // a point above the target (along the camera's +Y) is drawn higher: smaller pixel y
      const above: Vec3 = [0, 1, 2].map((r) => camera.target[r] + c2w[r][1] * 0.1) as Vec3;
      expect(projectToPixel(camera, 100, 100, above)[1]).toBeLessThan(projectToPixel(camera, 100, 100, camera.target)[1]);
    }
  });

  it('a crop keeps the focal length and moves the principal point by the crop offset', () => {
    for (const camera of cameras().slice(0, 4)) {
      const full = cameraIntrinsics(camera, 1000, 800);
      const crop = shiftIntrinsics(full, 250, 100);
      const point: Vec3 = [camera.target[0] + 0.3, camera.target[1] - 0.2, camera.target[2]];
      const [fu, fv] = projectToPixel(camera, 1000, 800, point);
      const [u, v] = projectWithIntrinsics(crop, worldToCamera(camera), point);
      expect(u).toBeCloseTo(fu - 250, 9);
      expect(v).toBeCloseTo(fv - 100, 9);
    }
  });

  it('a crop\'s shifted intrinsics match the renderer drawing that region as a tile', () => {
    const region = { x: 384, y: 256, width: 300, height: 200, fullWidth: 1000, fullHeight: 800 };
    for (const camera of cameras()) {
      const m = renderer.computeCameraMatrices(renderer.createCameraMatrices(), camera, region.fullWidth / region.fullHeight, 'zero-to-one', region);
      const crop = shiftIntrinsics(cameraIntrinsics(camera, region.fullWidth, region.fullHeight), region.x, region.y);
      for (let k = 0; k < 5; k++) {
        const point: Vec3 = [camera.target[0] + Math.sin(k) * 0.5, camera.target[1] + Math.cos(k) * 0.4, camera.target[2] + 0.1 * k];
        const clip = vec4.transformMat4(vec4.create(), [point[0], point[1], point[2], 1], m.viewProjection);
        const [u, v] = projectWithIntrinsics(crop, worldToCamera(camera), point);
        expect(Math.abs(u - ((clip[0] / clip[3] + 1) / 2) * region.width)).toBeLessThan(1e-6);
        expect(Math.abs(v - ((1 - clip[1] / clip[3]) / 2) * region.height)).toBeLessThan(1e-6);
      }
    }
  });
});
