// Test helper: projects a world point through a CameraState in float64 (the renderer's matrices, without float32 rounding).
import type { Vec3 } from '../../../engine/scene/types';
import type { CameraState } from '../../../engine/views/camera';
import { cameraBasis } from '../../../engine/views/basis';

export interface Projected {
  /** Normalized device coordinates, -1..1 across the image, y up. */
  x: number;
  y: number;
  /** Distance in front of the camera along the view direction. */
  depth: number;
}

export function project(camera: CameraState, aspect: number, point: Vec3): Projected {
  const { forward, right, up } = cameraBasis(camera);
  const v: Vec3 = [point[0] - camera.position[0], point[1] - camera.position[1], point[2] - camera.position[2]];
  const x = v[0] * right[0] + v[1] * right[1] + v[2] * right[2];
  const y = v[0] * up[0] + v[1] * up[1] + v[2] * up[2];
  const depth = v[0] * forward[0] + v[1] * forward[1] + v[2] * forward[2];
  if (camera.projection === 'orthographic') {
    const half = camera.orthoHeight / 2;
    return { x: x / (half * aspect), y: y / half, depth };
  }
  const t = Math.tan(camera.fovY / 2);
  return { x: x / (depth * t * aspect), y: y / (depth * t), depth };
}

export function corners(min: Vec3, max: Vec3): Vec3[] {
  const out: Vec3[] = [];
  for (let i = 0; i < 8; i++) out.push([i & 1 ? max[0] : min[0], i & 2 ? max[1] : min[1], i & 4 ? max[2] : min[2]]);
  return out;
}
